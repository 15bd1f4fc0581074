/** Development-only checks. Bundlers replace `process.env.NODE_ENV`, so production builds drop these branches. */
export const isDevelopment = process.env.NODE_ENV !== 'production';

/** Throws one clear error, prefixed with the component's name, when `condition` holds (development only). */
export function devInvariant(condition: boolean, component: string, message: string): void {
  if (isDevelopment && condition) throw new Error(`${component}: ${message}`);
}

/**
 * A controlled value without a change handler freezes the field: say so once, naming the component and the fix,
 * instead of React's generic warning from deep inside.
 */
export function devCheckControlled(component: string, value: unknown, handlers: unknown[], readOnly = false): void {
  devInvariant(
    value !== undefined && !readOnly && handlers.every((handler) => handler === undefined),
    component,
    'has a `value` but no `onChange` or `onValueChange`, so nobody can change it. Add a change handler, use `defaultValue` for an uncontrolled field, or set `readOnly`.',
  );
}

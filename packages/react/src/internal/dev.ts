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

const warnedRenames = new Set<string>();

/**
 * An old prop name keeps working for one minor version after a rename: say once per name which one replaces it
 * (development only), so the change is made before the old name goes.
 */
export function devWarnRenamed(component: string, oldName: string, newName: string): void {
  const key = `${component}.${oldName}`;
  if (process.env.NODE_ENV !== 'production' && !warnedRenames.has(key)) {
    warnedRenames.add(key);
    console.warn(
      `${component}: \`${oldName}\` is now \`${newName}\`. The old name still works in this minor version and is removed in the next; use \`${newName}\`.`,
    );
  }
}

/** A controlled `open` without a change handler can never open or close: say so, with the fix. */
export function devCheckControlledOpen(component: string, open: unknown, handlers: unknown[]): void {
  devInvariant(
    open !== undefined && handlers.every((handler) => handler === undefined),
    component,
    'has `open` but no `onOpenChange`, so it can never open or close. Add `onOpenChange`, or use `defaultOpen` and let it keep its own state.',
  );
}

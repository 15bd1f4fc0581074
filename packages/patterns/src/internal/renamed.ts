const warned = new Set<string>();

/** Says `message` once per `key`, in development only (bundlers drop the branch from production builds). */
export function devWarnOnce(key: string, message: string): void {
  if (process.env.NODE_ENV !== 'production' && !warned.has(key)) {
    warned.add(key);
    console.warn(message);
  }
}

/** An old prop name keeps working for one minor version after a rename: say once per name which one replaces it. */
export function devWarnRenamed(component: string, oldName: string, newName: string): void {
  devWarnOnce(
    `${component}.${oldName}`,
    `${component}: \`${oldName}\` is now \`${newName}\`. The old name still works in this minor version and is removed in the next; use \`${newName}\`.`,
  );
}

const warned = new Set<string>();

/**
 * An old prop name keeps working for one minor version after a rename: say once per name which one replaces it
 * (development only; bundlers drop the branch from production builds).
 */
export function devWarnRenamed(component: string, oldName: string, newName: string): void {
  const key = `${component}.${oldName}`;
  if (process.env.NODE_ENV !== 'production' && !warned.has(key)) {
    warned.add(key);
    console.warn(`${component}: \`${oldName}\` is now \`${newName}\`. The old name still works in this minor version and is removed in the next; use \`${newName}\`.`);
  }
}

/** The stylesheets a product links once for Samspill's components. */
export declare const samspillStylesheets: string[];
export declare const patternStylesheets: string[];
/** An entry that uses the named exports and imports the stylesheets. */
export declare function entrySource(imports: Record<string, string[]>, stylesheets?: string[]): string;
/** Gzipped bytes of each entry under Vite and esbuild. */
export declare function measureEntries(
  entries: Record<string, string>,
): Promise<Record<string, { vite: number; esbuild: number }>>;
/** Bytes as kB with one decimal. */
export declare function kB(bytes: number): string;
/** The minified JavaScript and CSS esbuild makes of an entry. */
export declare function bundleText(source: string): Promise<{ js: string; css: string }>;

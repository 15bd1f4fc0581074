/** docs/Overview.mdx. */
export declare const overviewFile: string;
/** The "Other names" section: each alias of every guidance.json as a heading, with links to its components. */
export declare function aliasSection(): string;
/** docs/Overview.mdx with its "Other names" section rewritten from the guidance files. */
export declare function updatedOverview(page?: string): string;

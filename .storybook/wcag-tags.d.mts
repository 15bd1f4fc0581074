/** The axe-core tags every story is checked with: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export declare const wcagTags: string[];

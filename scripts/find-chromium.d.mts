/** The Chromium executable from CHROME_PATH or the system, if there is one. */
export declare function findChromium(): string | undefined;
/** Flags for a headless Chromium on a machine with no outside network. */
export declare const CHROMIUM_ARGS: string[];

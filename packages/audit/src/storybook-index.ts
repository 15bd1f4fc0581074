import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SetupError, UsageError } from './errors.js';

/** One entry of a Storybook `index.json` (format v4 and v5). */
export interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
  importPath?: string;
  exportName?: string;
  tags?: string[];
}

export interface StorybookIndex {
  v: number;
  entries: Record<string, IndexEntry>;
}

/** Whether a command-line source is a URL rather than a directory. */
export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** The base URL of a Storybook given as a URL: a trailing `index.html` or `iframe.html` is dropped, a `/` is added. */
export function storybookBaseUrl(source: string): string {
  const url = new URL(source);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/[^/]*\.html?$/i, '/');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function parseIndex(text: string, where: string): StorybookIndex {
  let data: { v?: unknown; entries?: unknown; stories?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch (error) {
    throw new UsageError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
  // Version 3 called the entries `stories` and had no `type`; every one of them was a story.
  const raw = (data.entries ?? data.stories) as Record<string, Partial<IndexEntry>> | undefined;
  if (!raw || typeof raw !== 'object') {
    throw new UsageError(`${where} has no "entries": is it a Storybook index (Storybook 7 or later)?`);
  }
  const entries: Record<string, IndexEntry> = {};
  for (const [key, entry] of Object.entries(raw)) {
    const id = entry.id ?? key;
    entries[id] = {
      ...entry,
      type: entry.type === 'docs' ? 'docs' : 'story',
      id,
      title: entry.title ?? id,
      name: entry.name ?? id,
    };
  }
  return { v: typeof data.v === 'number' ? data.v : 0, entries };
}

/** Reads `index.json` from a Storybook build directory. */
export async function readIndexFromDirectory(directory: string): Promise<StorybookIndex> {
  const dir = resolve(directory);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory())
    throw new UsageError(`${directory} is not a directory. Give a Storybook build (storybook build) or its URL.`);
  const file = join(dir, 'index.json');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    throw new UsageError(
      `${directory} has no index.json: is it a Storybook build? Build one with \`storybook build\` (output: storybook-static/).`,
    );
  }
  return parseIndex(text, file);
}

/** Fetches `index.json` from a Storybook served at a URL. */
export async function readIndexFromUrl(baseUrl: string): Promise<StorybookIndex> {
  const url = new URL('index.json', baseUrl).href;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new SetupError(`Could not load ${url}: ${cause}`);
  }
  if (!response.ok) throw new SetupError(`Could not load ${url}: HTTP ${response.status} ${response.statusText}`);
  return parseIndex(await response.text(), url);
}

/** The entries to audit: every story, plus docs pages when asked, in the index's order. */
export function selectEntries(index: StorybookIndex, options: { includeDocs?: boolean } = {}): IndexEntry[] {
  return Object.values(index.entries).filter(
    (entry) => entry.type === 'story' || (options.includeDocs === true && entry.type === 'docs'),
  );
}

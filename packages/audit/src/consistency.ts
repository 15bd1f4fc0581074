import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { pageUrl, storyPath } from './audit.js';
import { axeSource, axeVersion } from './axe.js';
import { launchChromium } from './chromium.js';
import { consistencyProbe, type PageProbe, type ProbeArguments, type ProbedStyle } from './consistency-probe.js';
import { SetupError, UsageError } from './errors.js';
import { storybookWatcher } from './page-scripts.js';
import { serveDirectory, type StaticServer } from './server.js';
import { isUrl, readIndexFromDirectory, readIndexFromUrl, selectEntries, storybookBaseUrl } from './storybook-index.js';
import type { AuditReport, AuditTarget, TargetResult, Violation, ViolationNode } from './types.js';
import { toolInfo } from './version.js';

/** The checks of a consistency audit, as rule ids in every report. */
export const consistencyRules = [
  'consistent-navigation',
  'consistent-identification',
  'consistent-help',
  'token-drift',
] as const;

/** How far a computed value may be from a token value and still count as that token: rounding, not a new value. */
export const tokenTolerance = { colorChannel: 2, alpha: 0.02, px: 0.5 } as const;

const RULES: Record<(typeof consistencyRules)[number], Omit<Violation, 'nodes'>> = {
  'consistent-navigation': {
    ruleId: 'consistent-navigation',
    impact: 'moderate',
    description: 'Navigation repeated on several pages keeps the same relative order of its links (WCAG 3.2.3).',
    help: 'Repeated navigation must keep its order',
    helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/consistent-navigation.html',
    tags: ['wcag2aa', 'wcag323'],
  },
  'consistent-identification': {
    ruleId: 'consistent-identification',
    impact: 'serious',
    description: 'Links and controls with the same function have the same accessible name on every page (WCAG 3.2.4).',
    help: 'The same function must have the same name on every page',
    helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/consistent-identification.html',
    tags: ['wcag2aa', 'wcag324'],
  },
  'consistent-help': {
    ruleId: 'consistent-help',
    impact: 'moderate',
    description:
      'Help repeated on several pages (contact details, a contact page, chat, self-help) is in the same place and order on each (WCAG 3.2.6).',
    help: 'Help must stay in the same place on every page',
    helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/consistent-help.html',
    tags: ['wcag22a', 'wcag326'],
  },
  'token-drift': {
    ruleId: 'token-drift',
    impact: 'minor',
    description: 'Colours, font families, font sizes, border radii and spacing come from the design tokens.',
    help: 'Styles must use values of the design tokens',
    helpUrl: 'https://github.com/samspill/samspill/tree/main/packages/audit#token-drift',
    tags: ['samspill-tokens'],
  },
};

type Rgba = [number, number, number, number];

/** The token values a page may use, by kind, each with the token's name for the report. */
export interface TokenValues {
  colors: { name: string; value: string; rgba: Rgba }[];
  fontFamilies: { name: string; value: string; family: string }[];
  fontSizes: { name: string; value: string; px: number }[];
  radii: { name: string; value: string; px: number }[];
  spacing: { name: string; value: string; px: number }[];
}

function parseColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(text)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const digits = hex.length <= 4 ? [...hex].map((digit) => digit + digit) : (hex.match(/../g) ?? []);
    const [r = 0, g = 0, b = 0, a = 255] = digits.map((pair) => parseInt(pair, 16));
    return [r, g, b, a / 255];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(text);
  if (rgb)
    return [
      Number(rgb[1]),
      Number(rgb[2]),
      Number(rgb[3]),
      rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] ? 100 : 1),
    ];
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)$/.exec(text);
  if (srgb)
    return [
      Number(srgb[1]) * 255,
      Number(srgb[2]) * 255,
      Number(srgb[3]) * 255,
      srgb[4] === undefined ? 1 : Number(srgb[4]),
    ];
  return undefined;
}

function parsePx(value: string): number | undefined {
  const match = /^(-?[\d.]+)(px|rem)?$/.exec(value.trim());
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'rem' ? 16 : 1);
}

/** The first family of a font stack, unquoted and in lower case: the one the page asked for. */
function firstFamily(stack: string): string {
  return (stack.split(',')[0] ?? '')
    .trim()
    .replace(/^['"]|['"]$/g, '')
    .toLowerCase();
}

/** Sorts flat token values (`color.text.default: #1b1f24`) by the kind of style they can set. */
export function tokenValues(
  flat: Record<string, string | number>,
  into: TokenValues = { colors: [], fontFamilies: [], fontSizes: [], radii: [], spacing: [] },
): TokenValues {
  for (const [name, raw] of Object.entries(flat)) {
    const value = String(raw);
    if (name.startsWith('color.')) {
      const rgba = parseColor(value);
      if (rgba) into.colors.push({ name, value, rgba });
    } else if (name.startsWith('font.family.')) {
      into.fontFamilies.push({ name, value, family: firstFamily(value) });
    } else {
      const px = parsePx(value);
      if (px === undefined) continue;
      if (name.startsWith('font.size.')) into.fontSizes.push({ name, value, px });
      else if (name.startsWith('radius.')) into.radii.push({ name, value, px });
      else if (name.startsWith('space.')) into.spacing.push({ name, value, px });
    }
  }
  return into;
}

/**
 * Reads every theme of a built token folder: its `<theme>.flat.json` files (those of `@samspill/tokens/json`
 * when `dir` is undefined, or of a brand's build, such as `dist/brands/<brand>/json`).
 */
export async function loadTokenValues(dir?: string): Promise<TokenValues> {
  let folder = dir;
  if (!folder) {
    try {
      folder = join(dirname(createRequire(import.meta.url).resolve('@samspill/tokens/package.json')), 'dist', 'json');
    } catch (error) {
      throw new SetupError(
        `Could not find @samspill/tokens (is it installed?): ${(error as Error).message.split('\n')[0]}`,
      );
    }
  }
  let files: string[];
  try {
    files = (await readdir(folder)).filter((file) => file.endsWith('.flat.json')).sort();
  } catch {
    throw dir
      ? new UsageError(`--tokens ${dir} is not a folder that can be read.`)
      : new SetupError(`@samspill/tokens has no built JSON in ${folder}: build it first.`);
  }
  if (files.length === 0) {
    const message = `${folder} holds no <theme>.flat.json files: give the json folder of a built token package (e.g. dist/brands/<brand>/json).`;
    throw dir ? new UsageError(`--tokens: ${message}`) : new SetupError(message);
  }
  const values = tokenValues({});
  for (const file of files) {
    const path = join(folder, file);
    let flat: Record<string, string | number>;
    try {
      flat = JSON.parse(await readFile(path, 'utf8')) as Record<string, string | number>;
    } catch (error) {
      throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
    }
    tokenValues(flat, values);
  }
  return values;
}

/** Reads the page URLs of a sitemap (`<loc>` elements), from a URL or a local file. */
export async function readSitemap(source: string): Promise<string[]> {
  let xml: string;
  try {
    if (/^https?:\/\//i.test(source)) {
      const response = await fetch(source);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      xml = await response.text();
    } else {
      xml = await readFile(source, 'utf8');
    }
  } catch (error) {
    throw new UsageError(`Could not read the sitemap ${source}: ${(error as Error).message}`);
  }
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
  const urls = [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) =>
    match[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => entities[entity]!),
  );
  if (urls.length === 0) throw new UsageError(`The sitemap ${source} lists no pages (no <loc> elements).`);
  return urls;
}

function closeColor(a: Rgba, b: Rgba): boolean {
  return (
    a.slice(0, 3).every((channel, index) => Math.abs(channel - b[index]!) <= tokenTolerance.colorChannel) &&
    Math.abs(a[3] - b[3]) <= tokenTolerance.alpha
  );
}

/** Why a computed value is not a token value, with the nearest token; undefined when it is one. */
function driftOf(property: string, value: string, tokens: TokenValues): string | undefined {
  if (property.endsWith('color')) {
    const rgba = parseColor(value);
    if (rgba && tokens.colors.some((token) => closeColor(rgba, token.rgba))) return undefined;
    const distance = (token: TokenValues['colors'][number]) =>
      rgba ? token.rgba.slice(0, 3).reduce((sum, channel, index) => sum + (channel - rgba[index]!) ** 2, 0) : 0;
    const nearest = [...tokens.colors].sort((a, b) => distance(a) - distance(b))[0];
    return `${property} ${value}${nearest ? ` (nearest token ${nearest.name} ${nearest.value})` : ''}`;
  }
  if (property === 'font-family') {
    const family = firstFamily(value);
    return tokens.fontFamilies.some((token) => token.family === family) ? undefined : `font-family ${value}`;
  }
  const px = parsePx(value);
  const scale =
    property === 'font-size' ? tokens.fontSizes : property.endsWith('radius') ? tokens.radii : tokens.spacing;
  if (px === undefined) return `${property} ${value}`;
  if (px === 0 || scale.some((token) => Math.abs(token.px - px) <= tokenTolerance.px)) return undefined;
  const nearest = [...scale].sort((a, b) => Math.abs(a.px - px) - Math.abs(b.px - px))[0];
  return `${property} ${value}${nearest ? ` (nearest token ${nearest.name} ${nearest.value})` : ''}`;
}

/** The visible elements of one page whose styles are not token values, one node per element. */
export function tokenDrift(styles: ProbedStyle[], tokens: TokenValues): ViolationNode[] {
  return styles.flatMap((element) => {
    const drifts = element.styles
      .map(({ property, value }) => driftOf(property, value, tokens))
      .filter((drift) => drift !== undefined);
    return drifts.length === 0
      ? []
      : [
          {
            selector: [element.selector],
            html: element.html,
            failureSummary: `Not a token value: ${drifts.join('; ')}.`,
          },
        ];
  });
}

/** A probed page, as the cross-page checks see it. */
export interface ProbedPage {
  url: string;
  probe: PageProbe;
}

/** `a.html, b.html`: the pages' URLs. */
const listPages = (pages: ProbedPage[]) => pages.map((page) => page.url).join(', ');

/** The value most pages share (the first page's on a tie), and the pages that share it. */
function reference<T>(
  entries: { page: ProbedPage; value: T }[],
  same: (a: T, b: T) => boolean,
): { value: T; pages: ProbedPage[] } {
  let best: { value: T; pages: ProbedPage[] } | undefined;
  for (const entry of entries) {
    const pages = entries.filter((other) => same(entry.value, other.value)).map((other) => other.page);
    if (!best || pages.length > best.pages.length) best = { value: entry.value, pages };
  }
  return best!;
}

type Finding = { page: ProbedPage; ruleId: keyof typeof RULES; nodes: ViolationNode[] };

/** WCAG 3.2.4: the names of each function (a destination, search, a form's submit) on the pages that have it. */
function identification(pages: ProbedPage[]): Finding[] {
  const keys = [...new Set(pages.flatMap((page) => page.probe.controls.map((control) => control.key)))];
  const findings: Finding[] = [];
  for (const key of keys) {
    const entries = pages.flatMap((page) => {
      const controls = page.probe.controls.filter((control) => control.key === key);
      return controls.length === 0
        ? []
        : [{ page, value: { names: new Set(controls.map((control) => control.name.toLowerCase())), controls } }];
    });
    if (entries.length < 2) continue;
    const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((name) => b.has(name));
    const usual = reference(entries, (a, b) => overlaps(a.names, b.names));
    const usualNames = [...new Set(usual.value.controls.map((control) => `"${control.name}"`))].join(' or ');
    for (const entry of entries) {
      if (overlaps(entry.value.names, usual.value.names)) continue;
      findings.push({
        page: entry.page,
        ruleId: 'consistent-identification',
        nodes: entry.value.controls.map((control) => ({
          selector: [control.selector],
          html: control.html,
          failureSummary: `The ${key} is named "${control.name}" here, but ${usualNames} on ${listPages(usual.pages)}.`,
        })),
      });
    }
  }
  return findings;
}

/** WCAG 3.2.3: each navigation block, matched across pages by its label or its links, keeps its links' order. */
function navigation(pages: ProbedPage[]): Finding[] {
  type Block = PageProbe['blocks'][number];
  const groups: {
    label: string;
    kind: Block['kind'];
    keys: Set<string>;
    members: { page: ProbedPage; value: Block }[];
  }[] = [];
  for (const page of pages) {
    for (const block of page.probe.blocks) {
      const keys = new Set(block.items.map((item) => item.key));
      const group = groups.find(
        (candidate) =>
          candidate.kind === block.kind &&
          !candidate.members.some((member) => member.page === page) &&
          (block.label || candidate.label
            ? candidate.label === block.label
            : [...keys].filter((key) => candidate.keys.has(key)).length * 2 >=
              Math.min(keys.size, candidate.keys.size)),
      );
      if (group) {
        group.members.push({ page, value: block });
        for (const key of keys) group.keys.add(key);
      } else groups.push({ label: block.label, kind: block.kind, keys, members: [{ page, value: block }] });
    }
  }
  const commonOrder = (block: Block, other: Block) =>
    block.items.filter((item) => other.items.some((o) => o.key === item.key)).map((item) => item.key);
  const sameOrder = (a: Block, b: Block) => commonOrder(a, b).join('\n') === commonOrder(b, a).join('\n');
  const findings: Finding[] = [];
  for (const group of groups) {
    if (group.members.length < 2) continue;
    const usual = reference(group.members, sameOrder);
    for (const member of group.members) {
      if (sameOrder(member.value, usual.value)) continue;
      const names = (block: Block, other: Block) =>
        commonOrder(block, other)
          .map((key) => `"${block.items.find((item) => item.key === key)!.name}"`)
          .join(', ');
      const what =
        group.kind === 'navigation' ? `The navigation${group.label ? ` "${group.label}"` : ''}` : 'The list of links';
      findings.push({
        page: member.page,
        ruleId: 'consistent-navigation',
        nodes: [
          {
            selector: [member.value.selector],
            html: member.value.html,
            failureSummary: `${what} lists ${names(member.value, usual.value)} here, but ${names(usual.value, member.value)} on ${listPages(usual.pages)}.`,
          },
        ],
      });
    }
  }
  return findings;
}

/** WCAG 3.2.6: the help mechanisms two pages share sit in the same landmarks and the same order. */
function help(pages: ProbedPage[]): Finding[] {
  const withHelp = pages.filter((page) => page.probe.help.length > 0);
  type Help = PageProbe['help'];
  const layout = (items: Help, other: Help) =>
    items.filter((item) => other.some((o) => o.key === item.key)).map((item) => `${item.region}: ${item.key}`);
  const same = (a: Help, b: Help) => layout(a, b).join('\n') === layout(b, a).join('\n');
  const entries = withHelp.map((page) => ({ page, value: page.probe.help }));
  if (entries.length < 2) return [];
  const usual = reference(entries, same);
  const describe = (items: Help, other: Help) =>
    items
      .filter((item) => other.some((o) => o.key === item.key))
      .map((item) => `${item.kind} "${item.name}" in the ${item.region}`)
      .join(', then ');
  return entries
    .filter((entry) => !same(entry.value, usual.value))
    .map((entry) => {
      const moved = entry.value.filter((item) =>
        usual.value.some((o) => o.key === item.key && o.region !== item.region),
      );
      const shown =
        moved.length > 0 ? moved : entry.value.filter((item) => usual.value.some((o) => o.key === item.key));
      const summary = `Help here: ${describe(entry.value, usual.value)}; on ${listPages(usual.pages)}: ${describe(usual.value, entry.value)}.`;
      return {
        page: entry.page,
        ruleId: 'consistent-help' as const,
        nodes: shown.map((item) => ({ selector: [item.selector], html: item.html, failureSummary: summary })),
      };
    });
}

/** The findings of the cross-page checks and of token drift, by page URL, each as a violation of a consistency rule. */
export function compareProbes(pages: ProbedPage[], tokens: TokenValues): Map<string, Violation[]> {
  const byPage = new Map<string, Violation[]>(pages.map((page) => [page.url, []]));
  for (const finding of [...navigation(pages), ...identification(pages), ...help(pages)]) {
    const list = byPage.get(finding.page.url)!;
    const existing = list.find((violation) => violation.ruleId === finding.ruleId);
    if (existing) existing.nodes.push(...finding.nodes);
    else list.push({ ...RULES[finding.ruleId], tags: [...RULES[finding.ruleId].tags], nodes: finding.nodes });
  }
  for (const page of pages) {
    const nodes = tokenDrift(page.probe.styles, tokens);
    if (nodes.length > 0)
      byPage.get(page.url)!.push({ ...RULES['token-drift'], tags: [...RULES['token-drift'].tags], nodes });
  }
  return byPage;
}

export interface ConsistencyAuditOptions {
  /** The pages to compare: http(s) or file URLs, or paths of local HTML files. At least two, with the docs pages. */
  urls: string[];
  /** A Storybook build directory or URL whose docs pages are compared too (inside `#storybook-docs`, styles only in story blocks). */
  storybook?: string;
  /** The token values pages may use. @default loadTokenValues() (every theme of @samspill/tokens) */
  tokens?: TokenValues;
  /** A CSS selector to wait for before probing each page. */
  waitFor?: string;
  /** Which part of each page to compare, and whose styles to check. @default the whole body */
  scope?: ProbeArguments;
  /** Pages loaded at the same time. @default 2 */
  concurrency?: number;
  /** How long a page may take to load, in ms. @default 30000 */
  timeoutMs?: number;
  /** A browser to reuse; otherwise Chromium is started and closed at the end. */
  browser?: Browser;
  env?: NodeJS.ProcessEnv;
  onProgress?: (progress: { done: number; total: number; result: TargetResult }) => void;
}

// Storybook's docs chrome is its own; the pages' content is compared, and only the rendered stories' styles.
const STORYBOOK_SCOPE: ProbeArguments = { root: '#storybook-docs', styleRoot: '.docs-story' };

/** The docs pages of a Storybook build directory (served on a loopback server for the run) or URL. */
async function storybookDocs(source: string): Promise<{ urls: string[]; server?: StaticServer }> {
  const remote = isUrl(source);
  const index = remote ? await readIndexFromUrl(storybookBaseUrl(source)) : await readIndexFromDirectory(source);
  const docs = selectEntries(index, { includeDocs: true }).filter((entry) => entry.type === 'docs');
  if (docs.length === 0) throw new SetupError(`The Storybook ${source} has no docs pages to compare.`);
  const server = remote ? undefined : await serveDirectory(source);
  const base = server ? server.url : storybookBaseUrl(source);
  return { urls: docs.map((entry) => new URL(storyPath(entry, undefined), base).href), ...(server ? { server } : {}) };
}

/** Loads a page and probes it in an isolated world, with axe-core there to name things. */
async function probePage(
  page: Page,
  url: string,
  options: ConsistencyAuditOptions,
  timeoutMs: number,
  storybook: boolean,
): Promise<PageProbe> {
  const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  if (response && response.status() >= 400)
    throw new Error(`HTTP ${response.status()} ${response.statusText()}`.trim());
  if (storybook) {
    const settled = await page.waitForFunction('window.__samspillAudit && window.__samspillAudit.outcome', undefined, {
      timeout: timeoutMs,
    });
    const outcome = (await settled.jsonValue()) as { status: string; error?: string };
    if (outcome.status === 'errored') throw new Error(outcome.error ?? 'The docs page errored.');
  }
  if (options.waitFor) await page.waitForSelector(options.waitFor, { state: 'visible', timeout: timeoutMs });
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    const { executionContextId } = await session.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'samspill-consistency',
    });
    const evaluate = async (expression: string) => {
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        returnByValue: true,
      });
      if (exceptionDetails)
        throw new Error(exceptionDetails.exception?.description?.split('\n')[0] ?? exceptionDetails.text);
      return result.value as unknown;
    };
    await evaluate(axeSource());
    const scope = storybook ? STORYBOOK_SCOPE : (options.scope ?? {});
    const probe = (await evaluate(consistencyProbe(scope))) as PageProbe | { missing: string };
    if ('missing' in probe) throw new Error(`The page has no ${probe.missing} element to compare.`);
    return probe;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/**
 * Loads every page in Chromium and compares them: navigation order (WCAG 3.2.3), names of the same functions
 * (3.2.4), the place of help (3.2.6), and styles that are not token values. A finding is a violation of the page
 * that differs from the rest, naming the pages it was compared with.
 */
export async function auditConsistency(options: ConsistencyAuditOptions): Promise<AuditReport> {
  const concurrency = options.concurrency ?? 2;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const startedAt = new Date();
  let urls: string[];
  try {
    urls = options.urls.map(pageUrl);
  } catch (error) {
    throw new UsageError(`Not a URL: ${(error as Error).message.split('\n')[0]}`);
  }
  const tokens = options.tokens ?? (await loadTokenValues());
  const docs = options.storybook ? await storybookDocs(options.storybook) : { urls: [] };
  const isDocs = new Set(docs.urls);
  urls.push(...docs.urls);
  if (urls.length < 2) {
    await docs.server?.close();
    throw new UsageError(`A consistency audit compares pages: give at least two, got ${urls.length}.`);
  }
  const browser =
    options.browser ??
    (await launchChromium(options.env).catch(async (error: unknown) => {
      await docs.server?.close();
      throw error;
    }));
  const context = await browser.newContext({
    bypassCSP: true,
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  if (options.storybook) await context.addInitScript({ content: storybookWatcher });
  const probes: (PageProbe | Error)[] = new Array(urls.length);
  const durations: number[] = [];
  try {
    let next = 0;
    let done = 0;
    const work = async () => {
      let page: Page | undefined;
      try {
        while (next < urls.length) {
          const index = next++;
          const started = Date.now();
          page ??= await context.newPage();
          probes[index] = await probePage(page, urls[index]!, options, timeoutMs, isDocs.has(urls[index]!)).catch(
            (error: Error) => error,
          );
          durations[index] = Date.now() - started;
          // A page that failed may have left its tab hung: the next page gets a fresh one.
          if (probes[index] instanceof Error)
            page = await page.close().then(
              () => undefined,
              () => undefined,
            );
          done += 1;
          options.onProgress?.({
            done,
            total: urls.length,
            result: resultOf(urls[index]!, probes[index]!, [], durations[index]!),
          });
        }
      } finally {
        await page?.close().catch(() => undefined);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, work));
  } finally {
    await context.close().catch(() => undefined);
    if (!options.browser) await browser.close().catch(() => undefined);
    await docs.server?.close();
  }
  const probed = urls.flatMap((url, index) => (probes[index] instanceof Error ? [] : [{ url, probe: probes[index]! }]));
  const findings = compareProbes(probed, tokens);
  // The loopback server is gone after the run: a build directory's pages are named relative to it.
  const shown = (text: string) => (docs.server ? text.replaceAll(docs.server.url, '') : text);
  for (const violation of [...findings.values()].flat())
    for (const node of violation.nodes) node.failureSummary = shown(node.failureSummary);
  const report: AuditReport = {
    tool: { name: toolInfo.name, version: toolInfo.version, axeVersion: axeVersion() },
    source: options.storybook ?? 'pages',
    kind: 'pages',
    tags: [],
    rules: [...consistencyRules],
    themes: [],
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    results: urls.map((url, index) => resultOf(shown(url), probes[index]!, findings.get(url) ?? [], durations[index]!)),
  };
  return report;
}

function resultOf(url: string, probe: PageProbe | Error, violations: Violation[], durationMs: number): TargetResult {
  const target: AuditTarget = { kind: 'page', id: url, title: url, name: url, url };
  if (probe instanceof Error) {
    const timedOut = probe.name === 'TimeoutError';
    return {
      target,
      status: timedOut ? 'timed-out' : 'errored',
      violations: [],
      needsReview: [],
      rulesRun: 0,
      error: probe.message.split('\n')[0],
      durationMs,
    };
  }
  return {
    target,
    status: violations.length > 0 ? 'failed' : 'passed',
    violations,
    needsReview: [],
    rulesRun: consistencyRules.length,
    durationMs,
  };
}

import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeRules, axeSource, axeVersion, defaultTags } from './axe.js';
import { launchChromium } from './chromium.js';
import { SetupError, UsageError } from './errors.js';
import { axeRunExpression, documentProbe, storybookStateProbe, storybookWatcher } from './page-scripts.js';
import { serveDirectory, type StaticServer } from './server.js';
import { inShard, type Shard } from './shard.js';
import {
  isUrl,
  readIndexFromDirectory,
  readIndexFromUrl,
  selectEntries,
  storybookBaseUrl,
  type IndexEntry,
} from './storybook-index.js';
import {
  impacts,
  type AuditReport,
  type AuditTarget,
  type Impact,
  type TargetResult,
  type Violation,
} from './types.js';
import { toolInfo } from './version.js';

/** The themes a Samspill Storybook offers; each story is audited in every one of them. */
export const defaultThemes = ['light', 'dark', 'high-contrast'];

export interface AuditProgress {
  done: number;
  total: number;
  /** The result that just came in. */
  result: TargetResult;
}

export interface CommonAuditOptions {
  /** axe-core tags to run. @default defaultTags (WCAG 2.0, 2.1, 2.2 A and AA) */
  tags?: string[];
  /** axe-core rule ids to run instead of tags (`['color-contrast']`); not together with `tags`. */
  rules?: string[];
  /** Pages audited at the same time, in one browser. @default 2 */
  concurrency?: number;
  /** How long one story or page may take to load and render, and separately to be checked, in ms. @default 30000 */
  timeoutMs?: number;
  /** A browser to reuse; when absent, one Chromium is started (see findChromium) and closed at the end. */
  browser?: Browser;
  /** Where CHROME_PATH is read from. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** Check only this part of the stories or pages (every n-th from the k-th); `samspill-audit merge` joins the parts. */
  shard?: Shard;
  /** Called after each story or page. */
  onProgress?: (progress: AuditProgress) => void;
}

export interface StorybookAuditOptions extends CommonAuditOptions {
  /** A Storybook build directory (with index.json) or the URL of a running or deployed Storybook. */
  source: string;
  /** Values of the `theme` global to render each story in. @default defaultThemes */
  themes?: string[];
  /** Audit docs pages (`type: 'docs'` entries) too. @default false */
  includeDocs?: boolean;
  /** Load every story in a fresh page instead of moving one preview from story to story. Slower. @default false */
  isolate?: boolean;
  /** Audits only the index entries this returns true for. @default every entry */
  filter?: (entry: IndexEntry) => boolean;
}

export interface UrlAuditOptions extends CommonAuditOptions {
  /** Pages to audit: http(s) or file URLs, or paths to local HTML files. */
  urls: string[];
  /** A CSS selector to wait for before checking each page. */
  waitFor?: string;
}

const DEFAULT_TIMEOUT = 30_000;
/** Storybook's generated props table on docs pages, with its editable controls. */
const STORYBOOK_ARGS_TABLE = '.docblock-argstable';
/** axe-core's own budget per page, whatever `--timeout` says: a short render timeout must not fail a slow machine's check. */
const MIN_CHECK_TIMEOUT = 30_000;
// Storybook drops globals whose values hold other characters (see its parseArgsParam).
const SAFE_GLOBAL = /^[a-zA-Z0-9 _-]+$/;

class Timeout extends Error {}

/** Resolves with the promise's value, or rejects with a Timeout after `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Timeout()), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function normalizeImpact(impact: string | null | undefined): Impact {
  // axe gives every violation an impact; should one ever lack it, count it rather than let it slip under a threshold.
  return (impacts as readonly string[]).includes(impact ?? '') ? (impact as Impact) : 'serious';
}

function firstLine(error: unknown): string {
  return ((error as Error)?.message ?? String(error)).split('\n')[0] ?? '';
}

/**
 * A story's error as a reader wants it in a report: without terminal colours, and without the DOM dump
 * that Testing Library appends to a failed query (it can run to hundreds of lines).
 */
export function conciseError(message: string, maxLength = 600): string {
  // eslint-disable-next-line no-control-regex -- the ANSI colour codes are exactly what is removed.
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain.split('\n');
  const markup = lines.findIndex((line) => /^\s*<[a-z!]/i.test(line));
  const kept = (markup === -1 ? lines : lines.slice(0, markup))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
  return kept.length > maxLength ? `${kept.slice(0, maxLength - 1)}…` : kept || plain.slice(0, maxLength);
}

const WCAG_TAGS = 'wcag2a, wcag2aa, wcag2aaa, wcag21a, wcag21aa, wcag22aa';

/** Refuses a tag or rule id axe-core does not know: a typo would otherwise run no rule and pass. */
function checkKnown(kind: 'tag' | 'rule id', given: string[], known: Set<string>, hint: string): void {
  const unknown = given.filter((value) => !known.has(value));
  if (unknown.length === 0) return;
  const names = unknown.map((value) => {
    const near = [...known].find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    return `"${value}"${near ? ` (did you mean "${near}"?)` : ''}`;
  });
  throw new UsageError(`axe-core has no ${kind} ${names.join(', ')}. ${hint}`);
}

function validate(options: CommonAuditOptions): Runner & { concurrency: number } {
  const { rules } = options;
  const tags = rules ? [] : (options.tags ?? defaultTags);
  const concurrency = options.concurrency ?? 2;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT;
  if (rules) {
    if (options.tags !== undefined)
      throw new UsageError('Give axe-core tags or rule ids, not both: the rules named are the ones that run.');
    if (rules.length === 0) throw new UsageError('Give at least one axe-core rule id to run (e.g. color-contrast).');
    checkKnown(
      'rule id',
      rules,
      new Set(axeRules().map((rule) => rule.ruleId)),
      'The rule ids are listed at https://github.com/dequelabs/axe-core/blob/develop/doc/rule-descriptions.md.',
    );
  } else {
    if (tags.length === 0) throw new UsageError('Give at least one axe-core tag to run (e.g. wcag2aa).');
    checkKnown(
      'tag',
      tags,
      new Set(axeRules().flatMap((rule) => rule.tags)),
      `The WCAG tags are ${WCAG_TAGS}; others include best-practice, section508, EN-301-549 and ACT.`,
    );
  }
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new UsageError(`The concurrency must be a whole number of 1 or more, got ${concurrency}.`);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new UsageError(`The timeout must be a positive number of milliseconds, got ${timeoutMs}.`);
  return { tags, rules, concurrency, timeoutMs };
}

/** One tab that audits targets one after another; a tab that hung or errored is thrown away and replaced. */
class Worker {
  private page: Page | undefined;
  /** Set while the tab shows a story that rendered cleanly in this theme, so the next story can reuse the preview. */
  storyTheme: string | undefined;
  constructor(private readonly context: BrowserContext) {}

  async current(): Promise<Page> {
    if (!this.page || this.page.isClosed()) {
      this.page = await this.context.newPage();
      // A dialog would block the page until someone clicks it.
      this.page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    }
    return this.page;
  }

  async discard(): Promise<void> {
    const page = this.page;
    this.page = undefined;
    this.storyTheme = undefined;
    if (page) await within(page.close(), 5_000).catch(() => undefined);
  }
}

/** A page that cannot be checked for a reason the user can act on; its message is reported as it is. */
class NotCheckable extends Error {}

type AxeFinding = Omit<Violation, 'impact'> & { impact: string | null };
type CdpSession = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

// The audited page's own scripts cannot see or patch anything in this world: not axe, not the built-ins it uses.
const AXE_WORLD = 'samspill-audit';

/** Evaluates `expression` in one execution context over CDP and returns its value, or throws what it threw. */
async function evaluateIn(
  session: CdpSession,
  contextId: number,
  expression: string,
  awaitPromise = false,
): Promise<unknown> {
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression,
    contextId,
    returnByValue: true,
    awaitPromise,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

interface World {
  id: number;
  /** Whether axe-core is already in it, from an earlier check of the same document. */
  hasAxe: boolean;
}

/**
 * An isolated world in every frame the session renders, main frame first; a frame that refuses one is skipped.
 * `known` keeps each frame's world for the next check: a Storybook preview that moved on to another story still
 * has its axe-core, and a world whose document is gone fails to answer and is replaced.
 */
async function isolatedWorlds(session: CdpSession, known: Map<string, number>): Promise<World[]> {
  const { frameTree } = await session.send('Page.getFrameTree');
  const frames: string[] = [];
  const walk = (node: typeof frameTree) => {
    frames.push(node.frame.id);
    node.childFrames?.forEach(walk);
  };
  walk(frameTree);
  const worlds = await Promise.all(
    frames.map(async (frameId): Promise<World | undefined> => {
      const cached = known.get(frameId);
      const hasAxe =
        cached === undefined
          ? undefined
          : await evaluateIn(session, cached, "typeof axe === 'object'").then(Boolean, () => undefined);
      if (cached !== undefined && hasAxe !== undefined) return { id: cached, hasAxe };
      const created = await session
        .send('Page.createIsolatedWorld', { frameId, worldName: AXE_WORLD })
        .catch(() => undefined);
      if (!created) return undefined;
      known.set(frameId, created.executionContextId);
      return { id: created.executionContextId, hasAxe: false };
    }),
  );
  return worlds.filter((world) => world !== undefined);
}

// One CDP session per tab, with the isolated worlds it made, for as long as the tab lives.
const tabSessions = new WeakMap<Page, Promise<{ session: CdpSession; worlds: Map<string, number> }>>();

/**
 * Injects axe-core into an isolated world of every frame (the way browser extensions run it) and runs it on
 * `selector` (or the whole page), so the page can neither replace axe nor patch what it relies on.
 */
async function runAxe(
  page: Page,
  ready: { selector?: string; exclude?: string[] },
  runner: Runner,
): Promise<{ violations: Violation[]; needsReview: Violation[]; rulesRun: number }> {
  const context = page.context();
  let tab = tabSessions.get(page);
  if (!tab) {
    tab = context.newCDPSession(page).then((session) => ({ session, worlds: new Map<string, number>() }));
    tabSessions.set(page, tab);
  }
  const { session: main, worlds } = await tab;
  // Frames from another site run in their own process, reached through a session of their own.
  const others = (
    await Promise.all(
      page
        .frames()
        .slice(1)
        .map((frame) => context.newCDPSession(frame).catch(() => undefined)),
    )
  ).filter((s) => s !== undefined);
  try {
    const [top, ...children] = await isolatedWorlds(main, worlds);
    if (top === undefined) throw new Error('the page has no frame to run in.');
    const probe = (await evaluateIn(main, top.id, documentProbe)) as {
      html: boolean;
      contentType: string;
      root: string | null;
    };
    if (!probe.html) {
      const root = probe.root ? ` with an <${probe.root}> root` : '';
      throw new NotCheckable(
        `Not an HTML document, not checked: the page is ${probe.contentType}${root}, and axe-core checks HTML documents only.`,
      );
    }
    const source = axeSource();
    const inject = (session: CdpSession, world: World) =>
      world.hasAxe ? undefined : evaluateIn(session, world.id, source).catch(() => undefined);
    if (!top.hasAxe) await evaluateIn(main, top.id, source);
    await Promise.all([
      ...children.map((world) => inject(main, world)),
      ...others.map(async (session) =>
        Promise.all((await isolatedWorlds(session, new Map()).catch(() => [])).map((world) => inject(session, world))),
      ),
    ]);
    const args = {
      tags: runner.tags,
      ...(runner.rules ? { rules: runner.rules } : {}),
      ...(ready.selector ? { selector: ready.selector } : {}),
      ...(ready.exclude ? { exclude: ready.exclude } : {}),
    };
    const outcome = (await evaluateIn(main, top.id, axeRunExpression(args), true)) as
      { missing: string } | { violations: AxeFinding[]; needsReview: AxeFinding[]; rulesRun: number };
    if ('missing' in outcome) throw new Error(`The page has no ${outcome.missing} element to check.`);
    const normalize = (finding: AxeFinding): Violation => ({ ...finding, impact: normalizeImpact(finding.impact) });
    return {
      violations: outcome.violations.map(normalize),
      needsReview: outcome.needsReview.map(normalize),
      rulesRun: outcome.rulesRun,
    };
  } finally {
    await Promise.all(others.map((session) => session.detach().catch(() => undefined)));
  }
}

interface Runner {
  tags: string[];
  rules: string[] | undefined;
  timeoutMs: number;
}

/** What loading a target came to: ready to check (optionally only `selector`), errored or timed out. */
type VisitOutcome =
  | { kind: 'ready'; selector?: string; exclude?: string[] }
  | { kind: 'errored'; message: string }
  | { kind: 'timed-out'; message: string };
type Visit = (page: Page, deadline: number, worker: Worker) => Promise<VisitOutcome>;

/** Visits a target, waits as `visit` says, then runs axe; every failure becomes part of the result. */
async function auditTarget(worker: Worker, target: AuditTarget, runner: Runner, visit: Visit): Promise<TargetResult> {
  const started = Date.now();
  const done = (
    result: Omit<TargetResult, 'target' | 'durationMs' | 'needsReview' | 'rulesRun'> &
      Partial<Pick<TargetResult, 'needsReview' | 'rulesRun'>>,
  ): TargetResult => ({
    target,
    needsReview: [],
    rulesRun: 0,
    ...result,
    durationMs: Date.now() - started,
  });
  let page: Page;
  try {
    page = await worker.current();
  } catch (error) {
    return done({ status: 'errored', violations: [], error: `Could not open a tab: ${firstLine(error)}` });
  }
  let ready: VisitOutcome;
  try {
    // The grace lets the visit report its own, more precise timeout; `within` only catches a tab that stopped answering.
    ready = await within(visit(page, started + runner.timeoutMs, worker), runner.timeoutMs + 5_000);
  } catch (error) {
    await worker.discard();
    if (error instanceof Timeout || (error as Error).name === 'TimeoutError') {
      return done({ status: 'timed-out', violations: [], error: `Did not load within ${runner.timeoutMs} ms.` });
    }
    return done({ status: 'errored', violations: [], error: firstLine(error) });
  }
  if (ready.kind === 'timed-out') {
    await worker.discard();
    return done({ status: 'timed-out', violations: [], error: ready.message });
  }
  if (ready.kind === 'errored') {
    await worker.discard();
    return done({ status: 'errored', violations: [], error: ready.message });
  }
  const checkTimeout = Math.max(runner.timeoutMs, MIN_CHECK_TIMEOUT);
  try {
    const checked = await within(runAxe(page, ready, runner), checkTimeout);
    return done({ status: checked.violations.length > 0 ? 'failed' : 'passed', ...checked });
  } catch (error) {
    await worker.discard();
    const message =
      error instanceof Timeout
        ? `axe-core did not finish within ${checkTimeout} ms.`
        : error instanceof NotCheckable
          ? error.message
          : `axe-core could not run: ${firstLine(error)}`;
    return done({ status: 'errored', violations: [], error: message });
  }
}

/**
 * Runs targets over `concurrency` tabs of one browser, visiting them in `order` (indexes into `targets`),
 * reporting each as it finishes; the results keep the order of `targets`.
 */
async function runAll(
  targets: AuditTarget[],
  options: CommonAuditOptions,
  runner: Runner & { concurrency: number },
  visit: (target: AuditTarget) => Visit,
  setup: { order?: number[]; prepare?: (context: BrowserContext) => Promise<void> } = {},
): Promise<TargetResult[]> {
  const order = setup.order ?? targets.map((_, index) => index);
  const browser = options.browser ?? (await launchChromium(options.env));
  // Bypassing CSP lets axe-core be injected into any page, as the axe browser extensions do.
  // Reduced motion: a fade or slide caught half-way would give axe colours no one sees at rest, and flaky results.
  const context = await browser.newContext({
    bypassCSP: true,
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  try {
    await setup.prepare?.(context);
    const results: TargetResult[] = new Array(targets.length);
    let next = 0;
    let done = 0;
    const work = async () => {
      const worker = new Worker(context);
      try {
        while (next < order.length) {
          const index = order[next++]!;
          const target = targets[index]!;
          const result = await auditTarget(worker, target, runner, visit(target));
          results[index] = result;
          done += 1;
          options.onProgress?.({ done, total: targets.length, result });
        }
      } finally {
        await worker.discard();
      }
    };
    await Promise.all(Array.from({ length: Math.min(runner.concurrency, Math.max(targets.length, 1)) }, work));
    return results;
  } finally {
    await context.close().catch(() => undefined);
    if (!options.browser) await browser.close().catch(() => undefined);
  }
}

/**
 * The iframe URL that renders one entry in one theme, the way Storybook's manager loads it, relative to the
 * Storybook's root: `iframe.html?id=button--primary&viewMode=story&globals=theme:dark`.
 */
export function storyPath(
  entry: Pick<IndexEntry, 'id' | 'type'>,
  theme: string | undefined,
  extraGlobals: string[] = [],
): string {
  const params = [`id=${encodeURIComponent(entry.id)}`, `viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`];
  const globals = [...(theme ? [`theme:${theme}`] : []), ...extraGlobals];
  if (globals.length > 0) params.push(`globals=${globals.join(';')}`);
  return `iframe.html?${params.join('&')}`;
}

// Stops the a11y addon (when installed) from running its own axe pass in the page: ours is the one that counts.
const AUDIT_GLOBALS = ['a11y.manual:!true'];

/** Visits every story of a Storybook in each theme and checks it with axe-core. */
export async function auditStorybook(options: StorybookAuditOptions): Promise<AuditReport> {
  const runner = validate(options);
  const themes = options.themes ?? defaultThemes;
  if (themes.length === 0) throw new UsageError('Give at least one theme.');
  const unsafe = themes.find((theme) => !SAFE_GLOBAL.test(theme));
  if (unsafe !== undefined)
    throw new UsageError(
      `"${unsafe}" cannot be a theme name: Storybook only accepts letters, digits, spaces, _ and - in URL globals.`,
    );
  const startedAt = new Date();
  const remote = isUrl(options.source);
  const index = remote
    ? await readIndexFromUrl(storybookBaseUrl(options.source))
    : await readIndexFromDirectory(options.source);
  const entries = selectEntries(index, { includeDocs: options.includeDocs }).filter(
    (entry) => options.filter?.(entry) ?? true,
  );
  if (entries.length === 0) {
    const all = Object.values(index.entries);
    const docs = all.filter((entry) => entry.type === 'docs').length;
    const why =
      all.length === 0
        ? 'its index lists no entries'
        : options.filter
          ? 'no entry matched the filter'
          : `its index lists only ${docs === 1 ? '1 docs page' : `${docs} docs pages`}; add --include-docs to check them`;
    throw new SetupError(`${options.source} has no stories to check: ${why}.`);
  }
  let server: StaticServer | undefined;
  try {
    const baseUrl = remote ? storybookBaseUrl(options.source) : (server = await serveDirectory(options.source)).url;
    const targets: AuditTarget[] = inShard(entries, options.shard).flatMap((entry) =>
      themes.map((theme) => ({
        kind: entry.type,
        id: entry.id,
        title: entry.title,
        name: entry.name,
        theme,
        // Relative for a local build, whose loopback server is gone once the run ends.
        url: remote ? new URL(storyPath(entry, theme), baseUrl).href : storyPath(entry, theme),
        ...(entry.importPath ? { importPath: entry.importPath } : {}),
        ...(entry.exportName ? { exportName: entry.exportName } : {}),
      })),
    );
    const visit =
      (target: AuditTarget): Visit =>
      async (page, deadline, worker) => {
        const remaining = () => Math.max(deadline - Date.now(), 1);
        if (!options.isolate && target.kind === 'story' && worker.storyTheme === target.theme) {
          // Moving the loaded preview to the next story spares reloading Storybook: about three times faster.
          await page.evaluate(`window.__samspillAudit.select(${JSON.stringify(target.id)})`);
        } else {
          const url = new URL(
            storyPath({ id: target.id, type: target.kind === 'docs' ? 'docs' : 'story' }, target.theme, AUDIT_GLOBALS),
            baseUrl,
          ).href;
          await page.goto(url, { waitUntil: 'domcontentloaded', timeout: remaining() });
        }
        worker.storyTheme = undefined;
        try {
          const outcome = (await within(page.evaluate('window.__samspillAudit.settled'), remaining())) as {
            status: 'rendered' | 'errored';
            error?: string;
          };
          if (outcome.status === 'errored')
            return { kind: 'errored', message: conciseError(outcome.error ?? 'The story errored.') };
        } catch (error) {
          if (!(error instanceof Timeout)) throw error;
          const probe = (await within(page.evaluate(storybookStateProbe), 1_000).catch(() => undefined)) as
            { phase?: string; sawChannel: boolean; hasPreview: boolean } | undefined;
          const why = !probe
            ? 'the page stopped responding'
            : !probe.hasPreview && !probe.sawChannel
              ? 'no Storybook preview started on the page'
              : `it was still in the "${probe.phase ?? 'preparing'}" phase`;
          return { kind: 'timed-out', message: `Did not finish rendering within ${runner.timeoutMs} ms: ${why}.` };
        }
        if (target.kind === 'story') worker.storyTheme = target.theme;
        // Docs pages are checked without Storybook's args table: its controls are Storybook's own UI, not the library's.
        return target.kind === 'docs'
          ? { kind: 'ready', selector: '#storybook-docs', exclude: [STORYBOOK_ARGS_TABLE] }
          : { kind: 'ready', selector: '#storybook-root' };
      };
    // Theme by theme, so each tab can move from story to story without reloading.
    const order = themes.flatMap((_, theme) => entries.map((_, entry) => entry * themes.length + theme));
    const results = await runAll(targets, options, runner, visit, {
      order,
      prepare: async (context) => {
        await context.addInitScript({ content: storybookWatcher });
      },
    });
    return {
      tool: { name: toolInfo.name, version: toolInfo.version, axeVersion: axeVersion() },
      source: options.source,
      kind: 'storybook',
      tags: runner.tags,
      ...(runner.rules ? { rules: runner.rules } : {}),
      themes,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      ...(options.shard ? { shard: options.shard } : {}),
      results,
    };
  } finally {
    await server?.close();
  }
}

/** Turns a command-line page argument into a URL: URLs stay as they are, file paths become file: URLs. */
export function pageUrl(page: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(page) && !/^[a-z]:[\\/]/i.test(page)) return new URL(page).href;
  return pathToFileURL(resolve(page)).href;
}

/** Loads each page and checks the whole document with axe-core. */
export async function auditUrls(options: UrlAuditOptions): Promise<AuditReport> {
  const runner = validate(options);
  if (options.urls.length === 0) throw new UsageError('Give at least one URL to audit.');
  const startedAt = new Date();
  let urls: string[];
  try {
    urls = options.urls.map(pageUrl);
  } catch (error) {
    throw new UsageError(`Not a URL: ${firstLine(error)}`);
  }
  const targets: AuditTarget[] = inShard(urls, options.shard).map((url) => ({
    kind: 'page',
    id: url,
    title: url,
    name: url,
    url,
  }));
  const visit =
    (target: AuditTarget): Visit =>
    async (page, deadline) => {
      const response = await page.goto(target.url, { waitUntil: 'load', timeout: Math.max(deadline - Date.now(), 1) });
      if (response && response.status() >= 400)
        return { kind: 'errored', message: `HTTP ${response.status()} ${response.statusText()}`.trim() };
      if (options.waitFor) {
        try {
          await page.waitForSelector(options.waitFor, {
            state: 'visible',
            timeout: Math.max(deadline - Date.now(), 1),
          });
        } catch (error) {
          if ((error as Error).name !== 'TimeoutError') throw error;
          return { kind: 'timed-out', message: `${options.waitFor} did not appear within ${runner.timeoutMs} ms.` };
        }
      }
      return { kind: 'ready' };
    };
  const results = await runAll(targets, options, runner, visit);
  return {
    tool: { name: toolInfo.name, version: toolInfo.version, axeVersion: axeVersion() },
    source: 'pages',
    kind: 'pages',
    tags: runner.tags,
    ...(runner.rules ? { rules: runner.rules } : {}),
    themes: [],
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    ...(options.shard ? { shard: options.shard } : {}),
    results,
  };
}

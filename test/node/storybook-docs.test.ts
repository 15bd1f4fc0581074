// The built Storybook as a reader meets it: every docs page and story loads without a console error, every link
// to another page of it leads somewhere, every docs page has one h1, and every component and pattern has its
// guidance page. The test command builds storybook-static before Vitest runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The audit's own building blocks (not its public API), so this test loads pages exactly as the audit does.
import { launchChromium } from '../../packages/audit/src/index.ts';
import { axeSource, defaultTags } from '../../packages/audit/src/axe.ts';
import { storyPath } from '../../packages/audit/src/audit.ts';
import { serveDirectory, type StaticServer } from '../../packages/audit/src/server.ts';
import { axeRunExpression, storybookWatcher } from '../../packages/audit/src/page-scripts.ts';
import { storyThemes } from '../../.storybook/themes.ts';
import { componentFolders } from '../../scripts/metadata.mjs';

const root = join(import.meta.dirname, '..', '..');
const storybook = join(root, 'storybook-static');
const built = existsSync(join(storybook, 'index.json'));
// Two tabs at once keep both cores busy without starving the other tests that share them.
const concurrency = 2;
// A page that takes longer than this on a busy machine is reported, not waited for.
const renderTimeout = 30_000;

interface Entry {
  type: 'docs' | 'story';
  id: string;
  title: string;
  importPath: string;
  storiesImports?: string[];
  tags?: string[];
}

interface Visit {
  entry: Entry;
  /** Console errors, uncaught exceptions and Storybook's own render errors, in the order they came. */
  errors: string[];
  /** Links into this Storybook (`?path=/docs/…`, `?path=/story/…`) on the page, as `docs/<id>` or `story/<id>`. */
  links: string[];
  /** Links that open in the whole window but point at the preview's iframe.html, with their text. */
  outside: string[];
  /** The h1 elements on a docs page, by their text. */
  h1s: string[];
}

const entries: Entry[] = built
  ? Object.values(
      (JSON.parse(readFileSync(join(storybook, 'index.json'), 'utf8')) as { entries: Record<string, Entry> }).entries,
    )
  : [];

/** What a loaded page holds: the links into Storybook, and the h1s of a docs page. Runs inside the page. */
const pageFacts = String.raw`(() => {
  const scope = document.querySelector('#storybook-docs') ?? document.querySelector('#storybook-root') ?? document.body;
  const links = [...scope.querySelectorAll('a[href]')].flatMap((link) => {
    const path = new URL(link.href, location.href).searchParams.get('path');
    return path && /^\/(docs|story)\//.test(path) ? [path.slice(1)] : [];
  });
  // A link that leaves the preview for the whole window must lead to Storybook's manager: a plain ?path= there
  // resolves against iframe.html and shows the page without the sidebar.
  const outside = [...scope.querySelectorAll('a[href][target="_top"], a[href][target="_parent"]')]
    .filter((link) => new URL(link.href, location.href).pathname.endsWith('/iframe.html'))
    .map((link) => link.textContent.trim() + ' -> ' + link.getAttribute('href'));
  // An h1 inside a rendered example (the Heading component's level 1) belongs to the example, not to the page.
  const h1s = [...document.querySelectorAll('#storybook-docs h1')].filter((h1) => !h1.closest('.docs-story')).map((h1) => h1.textContent.trim());
  return { links, outside, h1s };
})()`;

/** Resolves with how the entry's render ended, or a timeout, whichever comes first. */
const settledWithin = `Promise.race([window.__samspillAudit.settled, new Promise((resolve) => setTimeout(() => resolve({ status: 'timeout' }), ${renderTimeout}))])`;

/**
 * Shows one entry in a tab and waits until Storybook has rendered it and the page has nothing left to load. A story
 * after a story that rendered cleanly moves the same preview on, as a click in the sidebar does; anything else loads
 * the page afresh.
 */
async function visit(page: Page, baseUrl: string, entry: Entry, errors: string[], reuse: boolean): Promise<Visit> {
  if (reuse)
    await page.evaluate(
      (id) => (window as unknown as { __samspillAudit: { select: (id: string) => void } }).__samspillAudit.select(id),
      entry.id,
    );
  else
    await page.goto(new URL(storyPath(entry, undefined, ['a11y.manual:!true']), baseUrl).href, {
      waitUntil: 'load',
      timeout: renderTimeout,
    });
  const settled = (await page.evaluate(settledWithin)) as { status: string; error?: string };
  if (settled.status === 'errored') errors.push(`Storybook could not render it: ${settled.error}`);
  if (settled.status === 'timeout') errors.push(`did not finish rendering within ${renderTimeout / 1000} s`);
  // A block that loads its data after the page rendered (the overview's gallery) says so with aria-busy. A story on
  // the page may be busy for good (a loading button, a spinner): that is what it shows, not the page still loading.
  await page
    .waitForFunction(`!document.querySelector('#storybook-docs [aria-busy="true"]:not(.docs-story *)')`, undefined, {
      timeout: renderTimeout,
    })
    .catch(() => errors.push(`still busy (aria-busy) after ${renderTimeout / 1000} s`));
  const facts = (await page.evaluate(pageFacts)) as Pick<Visit, 'links' | 'outside' | 'h1s'>;
  return { entry, errors, ...facts };
}

/** Visits every entry of the index in a bounded pool of tabs of one browser. */
async function visitAll(context: BrowserContext, baseUrl: string, targets: Entry[]): Promise<Visit[]> {
  const queue = [...targets];
  const visits: Visit[] = [];
  const work = async () => {
    const page = await context.newPage();
    let errors: string[] = [];
    page.on('console', (message) => {
      // The browser asks for /favicon.ico on its own; Storybook's manager page names its icon, the iframe need not.
      if (message.type() !== 'error' || new URL(message.location().url || 'about:blank').pathname === '/favicon.ico')
        return;
      // Chromium's message for a failed request does not say which; the request does.
      errors.push(
        message.text().startsWith('Failed to load resource')
          ? `${message.text()}: ${message.location().url}`
          : `console.error: ${message.text()}`,
      );
    });
    page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`));
    let previous: Visit | undefined;
    try {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        errors = [];
        const reuse = entry.type === 'story' && previous?.entry.type === 'story' && previous.errors.length === 0;
        previous = await visit(page, baseUrl, entry, errors, reuse).catch((error: Error) => ({
          entry,
          errors: [...errors, `could not be loaded: ${error.message}`],
          links: [],
          outside: [],
          h1s: [],
        }));
        visits.push(previous);
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, work));
  return visits;
}

describe.skipIf(!built)('the built Storybook', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let visits: Visit[] = [];
  const docs = () => visits.filter((item) => item.entry.type === 'docs');

  beforeAll(async () => {
    server = await serveDirectory(storybook);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(storybookWatcher);
    visits = await visitAll(context, server.url, entries);
  }, 900_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('loads every docs page and story without a console error', () => {
    expect(visits).toHaveLength(entries.length);
    const failing = visits
      .filter((item) => item.errors.length > 0)
      .map((item) => `${item.entry.type} ${item.entry.id}:\n    ${item.errors.join('\n    ')}`);
    expect(failing, `pages with errors:\n${failing.join('\n')}`).toEqual([]);
  });

  it('leads every link to another page of this Storybook to an entry of its index', () => {
    const known = new Set(entries.map((entry) => `${entry.type}/${entry.id}`));
    expect(docs().flatMap((item) => item.links).length).toBeGreaterThan(5);
    const broken = visits.flatMap((item) =>
      item.links
        .filter((link) => !known.has(link))
        .map((link) => `${item.entry.id} links to ?path=/${link}, which is not in index.json`),
    );
    expect(broken).toEqual([]);
    const outside = visits.flatMap((item) =>
      item.outside.map(
        (link) =>
          `${item.entry.id}: ${link} opens iframe.html in the whole window; start the href with ./ so it opens Storybook`,
      ),
    );
    expect(outside).toEqual([]);
  });

  it('gives every docs page exactly one h1', () => {
    const wrong = docs()
      .filter((item) => item.h1s.length !== 1)
      .map(
        (item) =>
          `${item.entry.id} (${item.entry.importPath}) has ${item.h1s.length} h1${item.h1s.length === 1 ? '' : 's'}${item.h1s.length > 0 ? `: ${item.h1s.join(' | ')}` : ''}`,
      );
    expect(wrong).toEqual([]);
  });

  it('gives every component and pattern a guidance page: an MDX page attached to its stories', () => {
    const missing = ['react', 'patterns'].flatMap((name) =>
      componentFolders(join(root, 'packages', name))
        .map((folder) => ({ folder, stories: `./packages/${name}/src/${folder}/${folder}.stories.tsx` }))
        .filter(
          ({ stories }) =>
            !entries.some(
              (entry) =>
                entry.type === 'docs' && entry.importPath.endsWith('.mdx') && entry.storiesImports?.includes(stories),
            ),
        )
        .map(
          ({ folder, stories }) =>
            `${folder}: add ${stories.replace(/\.stories\.tsx$/, '.mdx').slice(2)} with <Meta of={Stories} /> (see docs/blocks/TEMPLATE.md)`,
        ),
    );
    expect(missing).toEqual([]);
  });

  it('shows the overview early in the sidebar, with a thumbnail that loads for every card, and passes axe in every theme', async () => {
    const overview = entries.find((entry) => entry.importPath === './docs/Overview.mdx')!;
    expect(entries.findIndex((entry) => entry === overview)).toBeLessThan(
      entries.findIndex((entry) => entry.title.startsWith('Foundations/')),
    );
    const page = await context.newPage();
    try {
      for (const theme of storyThemes) {
        await page.goto(new URL(storyPath(overview, theme, ['a11y.manual:!true']), server.url).href);
        await page.evaluate('window.__samspillAudit.settled');
        await page.waitForSelector('#storybook-docs [data-gallery] li');
        const images = (await page.evaluate(
          `Promise.all([...document.querySelectorAll('[data-gallery] img')].map((img) => fetch(img.src).then((response) => response.ok ? '' : img.src)))`,
        )) as string[];
        expect(images.length).toBeGreaterThan(0);
        expect(images.filter(Boolean), 'thumbnails that do not load').toEqual([]);
        await page.evaluate(axeSource());
        const result = (await page.evaluate(axeRunExpression({ selector: '#storybook-docs', tags: defaultTags }))) as {
          violations: { ruleId: string; nodes: { selector: string[] }[] }[];
        };
        expect(
          result.violations.map(
            (violation) =>
              `${theme}: ${violation.ruleId} at ${violation.nodes.map((node) => node.selector.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      }
    } finally {
      await page.close();
    }
  }, 120_000);
});

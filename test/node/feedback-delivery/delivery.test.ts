// The feedback client in real Chromium against a real HTTP receiver on another loopback origin.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackPage, launchChromium, PageServer, Receiver } from './harness.js';

const POLL = { timeout: 15_000, interval: 50 };
const csat = (score: number) =>
  ({ kind: 'csat', score, locale: 'nb-NO', comment: `Svar til kari@example.no, score ${score}` }) as const;

let browser: Browser;
let pages: PageServer;
let receiver: Receiver;
let context: BrowserContext;

beforeAll(async () => {
  [browser, pages] = await Promise.all([launchChromium(), PageServer.create()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await pages?.close();
});
beforeEach(async () => {
  receiver = await Receiver.create();
  context = await browser.newContext();
});
afterEach(async () => {
  await context.close();
  await receiver.down();
  expect(receiver.faults).toEqual([]);
});

/** Small delays so retries happen within the test, never so small that they spin. */
const config = (extra: Record<string, unknown> = {}) =>
  pages.url({ endpoint: receiver.endpoint, retry: { baseDelayMs: 100, maxDelayMs: 5000 }, ...extra });

describe('feedback client in Chromium', { timeout: 60_000 }, () => {
  it('stores feedback given while the receiver is down exactly once, after a reload and the receiver coming back', async () => {
    const page = await FeedbackPage.open(context, config());
    expect(await page.storage()).toBe('indexeddb');
    const outcomes = [await page.submit(csat(1)), await page.submit(csat(2)), await page.submit(csat(3))];
    expect(outcomes.map((outcome) => ('status' in outcome ? outcome.status : outcome.error))).toEqual([
      'queued',
      'queued',
      'queued',
    ]);
    const ids = outcomes.map((outcome) => outcome.id!);
    expect((await page.entries()).map((entry) => entry.id).sort()).toEqual([...ids].sort());

    await page.reload();
    await receiver.up();

    await expect.poll(() => [...receiver.stored.keys()].sort(), POLL).toEqual([...ids].sort());
    await expect.poll(() => page.entries(), POLL).toEqual([]);
    // Stored once each; and the personal data never left the browser.
    expect(receiver.stored.size).toBe(3);
    for (const payload of receiver.stored.values()) {
      expect(payload.comment).toMatch(/^Svar til \[e-mail\], score \d$/);
      expect(payload.page).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/receipt\/step-3$/);
    }
  });

  it('waits at least as long as Retry-After says before retrying a 429', async () => {
    await receiver.up();
    receiver.override = ({ index }) =>
      index === 0 ? { status: 429, headers: { 'Retry-After': '1' }, body: 'slow down' } : undefined;
    const page = await FeedbackPage.open(context, config({ retry: { baseDelayMs: 100, maxDelayMs: 5000 } }));
    const outcome = await page.submit(csat(4));
    expect(outcome).toMatchObject({ status: 'queued' });

    await expect.poll(() => receiver.stored.has(outcome.id!), POLL).toBe(true);
    const [first, second] = receiver.requests;
    expect(first).toMatchObject({ status: 429 });
    expect(second).toMatchObject({ status: 201, key: outcome.id });
    // Measured on the server: the retry arrived a full second after the 429 went out.
    expect(second!.at - first!.respondedAt).toBeGreaterThanOrEqual(1000);
  });

  it('does not retry a 400, reports it and keeps the entry to inspect and discard', async () => {
    await receiver.up();
    receiver.override = () => ({ status: 400, body: '{"error":"unknown journey"}' });
    const page = await FeedbackPage.open(context, config());
    const outcome = await page.submit({ ...csat(2), journey: 'nowhere' });
    expect(outcome).toMatchObject({ error: 'rejected' });

    expect(await page.events()).toContainEqual(
      expect.objectContaining({ type: 'error', code: 'rejected', status: 400, id: outcome.id }),
    );
    const [entry] = await page.entries();
    expect(entry).toMatchObject({
      id: outcome.id,
      state: 'rejected',
      lastError: { status: 400, responseText: '{"error":"unknown journey"}' },
    });
    await page.flush();
    await page.reload();
    await page.flush();
    expect(receiver.requestsFor(outcome.id!)).toBe(1);
    await page.discard(outcome.id!);
    expect(await page.entries()).toEqual([]);
  });

  it('reports a full queue and refuses the new entry instead of dropping an old one', async () => {
    const page = await FeedbackPage.open(context, config({ maxEntries: 2 }));
    const kept = [await page.submit(csat(1)), await page.submit(csat(2))];
    const refused = await page.submit(csat(3));
    expect(refused).toMatchObject({ error: 'queue-full' });
    expect(refused.id).toBeDefined();
    expect(await page.events()).toContainEqual({ type: 'queue-full', id: refused.id, queued: 2, maxEntries: 2 });
    expect((await page.entries()).map((entry) => entry.id).sort()).toEqual(kept.map((outcome) => outcome.id).sort());

    await receiver.up();
    await page.flush();
    await expect.poll(() => receiver.stored.size, POLL).toBe(2);
    expect([...receiver.stored.keys()].sort()).toEqual(kept.map((outcome) => outcome.id).sort());
  });

  for (const locks of ['Web Locks', 'a lease in IndexedDB'] as const) {
    it(`sends each entry once when two tabs flush at the same time (${locks})`, async () => {
      if (locks !== 'Web Locks') {
        await context.addInitScript(() =>
          Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined }),
        );
      }
      const first = await FeedbackPage.open(context, config());
      const ids: string[] = [];
      for (let score = 1; score <= 5; score += 1) ids.push((await first.submit(csat(score))).id!);
      const second = await FeedbackPage.open(context, config());
      expect(await second.entries()).toHaveLength(5);

      await receiver.up();
      await Promise.all([first.flush(), second.flush(), first.flush(), second.flush()]);

      await expect.poll(() => [...receiver.stored.keys()].sort(), POLL).toEqual([...ids].sort());
      // Not only deduplicated by the server: no entry was even sent twice.
      for (const id of ids) expect(receiver.requestsFor(id)).toBe(1);
    });
  }

  it('lets another tab send at once what a page that went away mid-send was sending', async () => {
    // Without Web Locks, where a lease in IndexedDB used to hold every other tab off for 20 s.
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined }),
    );
    await receiver.up();
    // The first request never gets an answer: the page that made it goes away while it waits.
    receiver.override = () => (receiver.hanging.length === 0 ? 'hang' : undefined);
    const closing = await FeedbackPage.open(context, config({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } }));
    // Not awaited: the page goes away while its request is on the way, whatever submit is doing.
    void closing.submit(csat(2)).catch(() => {});
    await expect.poll(() => receiver.hanging.length, POLL).toBe(1);
    const { key } = receiver.hanging[0]!;
    const staying = await FeedbackPage.open(context, config({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } }));
    await closing.page.goto('about:blank');

    // The other tab sends it and empties the queue well before the 20 s the old lease held: released on pagehide, or
    // at worst its 5 s claim running out.
    await expect.poll(() => staying.entries(), { timeout: 12_000, interval: 50 }).toEqual([]);
    expect(receiver.stored.has(key)).toBe(true);
  });

  it('holds feedback while offline and sends it when the browser is back online', async () => {
    await receiver.up();
    const page = await FeedbackPage.open(context, config({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } }));
    await context.setOffline(true);
    const outcome = await page.submit(csat(5));
    expect(outcome).toMatchObject({ status: 'queued' });
    expect(receiver.requests).toEqual([]);

    await context.setOffline(false);
    await expect.poll(() => receiver.stored.has(outcome.id!), POLL).toBe(true);
    expect(receiver.requestsFor(outcome.id!)).toBe(1);
  });

  it('hands queued feedback to sendBeacon, key in the URL, when the page goes away', async () => {
    await receiver.up();
    // Every fetch fails and backs off for a minute, so only the beacon can deliver it.
    receiver.override = ({ via }) => (via === 'fetch' ? { status: 503 } : undefined);
    const page = await FeedbackPage.open(context, config({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } }));
    const outcome = await page.submit(csat(3));
    expect(outcome).toMatchObject({ status: 'queued' });

    await page.page.goto('about:blank');
    await expect.poll(() => receiver.stored.has(outcome.id!), POLL).toBe(true);
    expect(receiver.requests.filter((request) => request.via === 'beacon')).toContainEqual(
      expect.objectContaining({ key: outcome.id, status: 201 }),
    );
    expect(receiver.stored.get(outcome.id!)).toMatchObject({ id: outcome.id, kind: 'csat', score: 3 });
  });

  it('falls back to localStorage without IndexedDB, says so, and still keeps feedback across a reload', async () => {
    await context.addInitScript(() =>
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined }),
    );
    const page = await FeedbackPage.open(context, config());
    expect(await page.storage()).toBe('localstorage');
    expect(await page.events()).toContainEqual({
      type: 'fallback',
      kind: 'localstorage',
      reason: 'indexeddb: IndexedDB is not available here',
    });
    const outcome = await page.submit(csat(2));
    expect(outcome).toMatchObject({ status: 'queued' });

    await page.reload();
    await receiver.up();
    await expect.poll(() => receiver.stored.has(outcome.id!), POLL).toBe(true);
    await expect.poll(() => page.entries(), POLL).toEqual([]);
  });

  it('falls back to memory, and says so, when neither IndexedDB nor localStorage can be used', async () => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('Storage is disabled', 'SecurityError');
        },
      });
    });
    await receiver.up();
    const page = await FeedbackPage.open(context, config());
    expect(await page.storage()).toBe('memory');
    expect(await page.events()).toContainEqual({
      type: 'fallback',
      kind: 'memory',
      reason: 'indexeddb: IndexedDB is not available here; localstorage: Storage is disabled',
    });
    const outcome = await page.submit(csat(4));
    expect(outcome).toMatchObject({ status: 'sent' });
    expect(receiver.stored.has(outcome.id!)).toBe(true);
  });
});

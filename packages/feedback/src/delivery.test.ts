// Delivery under a failing collector, in Node with a fake clock: how many requests are in flight, who waits for
// what, and what a page that goes away leaves behind. Tabs are clients sharing one store, as tabs share IndexedDB.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackClient, FeedbackClientOptions, FeedbackPayload, SubmitResult } from './index.js';
import { createMemoryStore, type QueueStore } from './storage.js';

const ENDPOINT = 'https://feedback.example/v1/entries';
const csat = (score: number) => ({ kind: 'csat', score, locale: 'nb-NO' }) as const;

interface Call {
  key: string;
  at: number;
  bytes: number;
}

/** What the fake collector does with one request: answer, fail the connection, or never answer. */
type Answer = Response | Error | 'hang' | Promise<Response | Error>;

/** An in-process collector: `answer` decides each request; it records when each one started. */
function collector(answer: (call: Call, index: number) => Answer = () => new Response(null, { status: 201 })) {
  const calls: Call[] = [];
  const fetchImpl = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const body = String(init?.body);
    const call = { key: new Headers(init?.headers).get('Idempotency-Key')!, at: Date.now(), bytes: body.length };
    calls.push(call);
    const result = await answer(call, calls.length - 1);
    if (result === 'hang') return new Promise(() => {});
    if (result instanceof Error) throw result;
    return result;
  };
  return { calls, fetch: fetchImpl as typeof fetch, keys: () => calls.map((call) => call.key) };
}

const cut = () => new TypeError('fetch failed');
const busy = (seconds: number, status = 429) =>
  new Response('busy', { status, headers: { 'Retry-After': String(seconds) } });

const opened: FeedbackClient[] = [];

/**
 * Clients ("tabs") over one shared store; `views` lets a test hand a tab its own view of that store. The module is
 * loaded afresh so the store can be injected where the client opens it.
 */
async function tabs(store: QueueStore, options: Partial<FeedbackClientOptions>[], views: QueueStore[] = []) {
  const handOut = [...views];
  vi.doMock('./storage.js', async (importOriginal) => ({
    ...(await importOriginal<object>()),
    openQueueStore: async () => ({ store: handOut.shift() ?? store }),
  }));
  vi.resetModules();
  const { createFeedbackClient } = await import('./client.js');
  const created = options.map((extra) => createFeedbackClient({ endpoint: ENDPOINT, ...extra }));
  opened.push(...created);
  await Promise.all(created.map((client) => client.ready));
  return created;
}

/** Lets the fake clock run, with every promise that can settle in between. */
const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-06-01T12:00:00Z') });
});
afterEach(() => {
  for (const client of opened.splice(0)) client.close();
  vi.doUnmock('./storage.js');
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('draining a queue under a flaky collector', () => {
  it('keeps several entries in flight at once instead of sending one at a time', async () => {
    const server = collector(() => 'hang');
    const [tab] = await tabs(createMemoryStore(), [{ fetch: server.fetch }]);
    for (let score = 1; score <= 3; score += 1) void tab!.submit(csat(score));
    await elapse(100);
    expect(server.calls).toHaveLength(3);
  });

  it('backs off only the entry that failed: the next one is still sent at once', async () => {
    const server = collector((_, index) => (index === 0 ? cut() : new Response(null, { status: 201 })));
    const [tab] = await tabs(createMemoryStore(), [{ fetch: server.fetch, retry: { baseDelayMs: 60_000 } }]);
    const first = tab!.submit(csat(1));
    await elapse(100);
    const second = tab!.submit(csat(2));
    await elapse(100);
    expect(await second).toMatchObject({ status: 'sent' });
    expect(await first).toMatchObject({ status: 'queued' });
    expect(server.calls).toHaveLength(2);
  });

  it('delivers 200 entries within 90 s of the last submit under the fault mix, none inside a Retry-After window', async () => {
    // The fault mix: 20% 503, 10% 429 with Retry-After: 1, 15% cut (a third after storing), 5% slow (4 s), and the
    // port closed for 3 s of every 15 s. Seeded, so the run is the same every time.
    let seed = 17;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    const started = Date.now();
    const stored = new Map<string, number>();
    const windows: [number, number][] = [];
    const server = collector(async (call) => {
      if ((call.at - started) % 15_000 >= 12_000) return cut();
      const roll = random();
      if (roll < 0.2) return new Response(null, { status: 503 });
      if (roll < 0.3) {
        windows.push([Date.now(), Date.now() + 1000]);
        return busy(1);
      }
      if (roll < 0.4) return cut();
      stored.set(call.key, (stored.get(call.key) ?? 0) + 1);
      if (roll < 0.45) return cut();
      if (roll < 0.5) await new Promise((resolve) => setTimeout(resolve, 4000));
      return new Response(null, { status: stored.get(call.key)! > 1 ? 200 : 201 });
    });
    const [tab] = await tabs(createMemoryStore(), [{ fetch: server.fetch, random, maxEntries: 200 }]);

    const ids: string[] = [];
    for (let burst = 0; burst < 10; burst += 1) {
      for (let i = 0; i < 20; i += 1) void tab!.submit(csat(1 + (i % 5))).then((result) => ids.push(result.payload.id));
      await elapse(1000);
    }
    // The last burst went in 1 s ago.
    await elapse(89_000);

    expect(ids).toHaveLength(200);
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
    expect(await tab!.entries()).toEqual([]);
    const inside = server.calls.filter((call) => windows.some(([from, to]) => call.at > from && call.at < to));
    expect(inside).toEqual([]);
  });
});

describe('submit', () => {
  it('resolves within a second, as queued, while the collector has not answered', async () => {
    const server = collector(() => 'hang');
    const [tab] = await tabs(createMemoryStore(), [{ fetch: server.fetch }]);
    let result: SubmitResult | undefined;
    void tab!.submit(csat(3)).then((value) => (result = value));
    await elapse(1500);
    expect(result).toMatchObject({ status: 'queued' });
    expect(await tab!.entries()).toMatchObject([{ id: result!.payload.id, state: 'pending' }]);
  });

  it('does not wait behind another tab that is sending', async () => {
    const server = collector((_, index) => (index === 0 ? 'hang' : new Response(null, { status: 201 })));
    const store = createMemoryStore();
    const [first, second] = await tabs(store, [{ fetch: server.fetch }, { fetch: server.fetch }]);
    void first!.submit(csat(1));
    await elapse(100);
    let result: SubmitResult | undefined;
    void second!.submit(csat(2)).then((value) => (result = value));
    await elapse(1500);
    expect(result).toMatchObject({ status: 'sent' });
  });
});

describe('a page that goes away', () => {
  it('releases what it was sending on pagehide, so another tab sends it at once', async () => {
    vi.stubGlobal('window', new EventTarget());
    const server = collector((_, index) => (index === 0 ? 'hang' : new Response(null, { status: 201 })));
    const store = createMemoryStore();
    const [leaving, staying] = await tabs(store, [{ fetch: server.fetch }, { fetch: server.fetch }]);
    void leaving!.submit(csat(1));
    await elapse(100);
    const [id] = server.keys();
    window.dispatchEvent(new Event('pagehide'));
    leaving!.close();
    await elapse(10);
    void staying!.flush();
    await elapse(500);
    expect(server.keys()).toEqual([id, id]);
  });

  it('holds what it was sending for a few seconds at most when it vanished without pagehide', async () => {
    const server = collector((_, index) => (index === 0 ? 'hang' : new Response(null, { status: 201 })));
    const store = createMemoryStore();
    // The vanished tab's view of the store stops answering, as a killed page's storage calls never come back.
    let alive = true;
    const frozen = new Proxy(store, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) =>
          alive ? (value as (...a: unknown[]) => unknown).apply(target, args) : new Promise(() => {});
      },
    });
    const [vanishing] = await tabs(store, [{ fetch: server.fetch }], [frozen]);
    void vanishing!.submit(csat(1));
    await elapse(100);
    const [id] = server.keys();
    alive = false;
    const [other] = await tabs(store, [{ fetch: server.fetch }]);
    await elapse(6000);
    expect(server.keys()).toEqual([id, id]);
    expect(await other!.entries()).toEqual([]);
  });

  it('beacons on pagehide only what fits in 64 KiB, oldest first, and keeps the rest queued', async () => {
    const beacons: { url: string; bytes: number }[] = [];
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('navigator', {
      onLine: true,
      sendBeacon: (url: string, body: Blob) => {
        beacons.push({ url, bytes: body.size });
        return true;
      },
    });
    const server = collector(() => cut());
    const [tab] = await tabs(createMemoryStore(), [
      { fetch: server.fetch, retry: { baseDelayMs: 600_000, maxDelayMs: 600_000 } },
    ]);
    const ids: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      ids.push(
        (await tab!.submit({ kind: 'comment', comment: `Nummer ${i}: ${'lang tekst '.repeat(200)}`, locale: 'nb-NO' }))
          .payload.id,
      );
      await elapse(10);
    }
    window.dispatchEvent(new Event('pagehide'));

    const total = beacons.reduce((sum, beacon) => sum + beacon.bytes, 0);
    expect(total).toBeLessThanOrEqual(64 * 1024);
    expect(beacons.length).toBeGreaterThan(20);
    expect(beacons.length).toBeLessThan(60);
    expect(beacons.map((beacon) => new URL(beacon.url).searchParams.get('idempotency-key'))).toEqual(
      ids.slice(0, beacons.length),
    );
    expect(await tab!.entries()).toHaveLength(60);
  });
});

describe('a full queue', () => {
  it('sends nothing while the collector has asked to wait', async () => {
    const server = collector((_, index) => (index === 0 ? busy(30) : new Response(null, { status: 201 })));
    const [tab] = await tabs(createMemoryStore(), [{ fetch: server.fetch, maxEntries: 1 }]);
    await tab!.submit(csat(1));
    await elapse(100);
    for (let score = 2; score <= 5; score += 1)
      await expect(tab!.submit(csat(score))).rejects.toMatchObject({ code: 'queue-full' });
    expect(server.calls).toHaveLength(1);
  });

  it('sends no more at once than the queue itself would, and answers within a second', async () => {
    const server = collector((_, index) => (index === 0 ? cut() : 'hang'));
    const [tab] = await tabs(createMemoryStore(), [
      { fetch: server.fetch, maxEntries: 1, retry: { baseDelayMs: 600_000, maxDelayMs: 600_000 } },
    ]);
    await tab!.submit(csat(1));
    await elapse(100);
    const outcomes: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      void tab!.submit({ kind: 'comment', comment: `Svar ${i}`, locale: 'nb-NO' }).then(
        (result) => outcomes.push(result.status),
        (error: { code: string }) => outcomes.push(error.code),
      );
    }
    await elapse(1500);
    expect(outcomes).toEqual(Array.from({ length: 10 }, () => 'queue-full'));
    expect(server.calls.length).toBeLessThanOrEqual(1 + 4);
  });

  it('keeps the idempotency key of a refused entry when the same answer is submitted again', async () => {
    const keys: string[] = [];
    // The collector stores the direct send, but the connection breaks before the answer arrives.
    const server = collector((call, index) => {
      keys.push(call.key);
      return index <= 1 ? cut() : new Response(null, { status: 201 });
    });
    const [tab] = await tabs(createMemoryStore(), [
      { fetch: server.fetch, maxEntries: 1, retry: { baseDelayMs: 600_000, maxDelayMs: 600_000 } },
    ]);
    const kept = await tab!.submit(csat(1));
    await elapse(100);
    const refused = tab!.submit(csat(5)).catch((error: { code: string; payload: FeedbackPayload }) => error);
    await elapse(100);
    expect(await refused).toMatchObject({ code: 'queue-full' });
    await tab!.discard(kept.payload.id);
    const again = await tab!.submit(csat(5));
    expect(again.payload.id).toBe(((await refused) as { payload: FeedbackPayload }).payload.id);
    expect(keys.slice(1)).toEqual([again.payload.id, again.payload.id]);
  });
});

describe('Retry-After', () => {
  it('holds for a forced flush of the same tab', async () => {
    const server = collector((_, index) => (index === 0 ? busy(5, 503) : new Response(null, { status: 201 })));
    const [tab] = await tabs(createMemoryStore(), [{ fetch: server.fetch }]);
    await tab!.submit(csat(2));
    await elapse(100);
    void tab!.flush();
    await elapse(4000);
    expect(server.calls).toHaveLength(1);
    await elapse(1500);
    expect(server.calls).toHaveLength(2);
  });

  it('holds for the beacons of a page that goes away during the pause', async () => {
    const beacons: string[] = [];
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('navigator', { onLine: true, sendBeacon: (url: string) => beacons.push(url) > 0 });
    const server = collector(() => busy(30, 503));
    const [tab] = await tabs(createMemoryStore(), [{ fetch: server.fetch }]);
    await tab!.submit(csat(2));
    await elapse(100);
    window.dispatchEvent(new Event('pagehide'));
    expect(beacons).toEqual([]);
    expect(await tab!.entries()).toHaveLength(1);
  });

  it('holds for every tab of the origin, flushes included', async () => {
    const server = collector((_, index) => (index === 0 ? busy(5) : new Response(null, { status: 201 })));
    const store = createMemoryStore();
    const [first, second] = await tabs(store, [{ fetch: server.fetch }, { fetch: server.fetch }]);
    await first!.submit(csat(1));
    await elapse(100);
    await second!.submit(csat(2));
    void second!.flush();
    await elapse(4000);
    expect(server.calls).toHaveLength(1);
    await elapse(2000);
    expect(server.calls).toHaveLength(3);
  });
});

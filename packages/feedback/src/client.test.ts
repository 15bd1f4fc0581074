// The queue's logic in Node, against the memory storage and a scripted fetch. Node has no window, IndexedDB or
// localStorage, so these also show what creating a client during server rendering does.
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  createFeedbackClient,
  FeedbackError,
  type FeedbackClient,
  type FeedbackClientOptions,
  type FeedbackPayload,
} from './index.js';

interface Call {
  url: string;
  key: string | null;
  payload: FeedbackPayload;
}

/** A fetch that answers from a script (then 201) and records what it was sent. */
function scriptedFetch(...script: (Response | Error)[]) {
  const calls: Call[] = [];
  const fetchImpl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(url),
      key: new Headers(init?.headers).get('Idempotency-Key'),
      payload: JSON.parse(String(init?.body)) as FeedbackPayload,
    });
    const next = script.shift() ?? new Response(null, { status: 201 });
    if (next instanceof Error) throw next;
    return next;
  });
  return { calls, fetch: fetchImpl as unknown as typeof fetch };
}

const clients: FeedbackClient[] = [];
function client(options: Partial<FeedbackClientOptions> & Pick<FeedbackClientOptions, 'fetch'>) {
  const created = createFeedbackClient({
    endpoint: 'https://feedback.example/v1/entries',
    retry: { baseDelayMs: 100, maxDelayMs: 5000 },
    ...options,
  });
  clients.push(created);
  return created;
}
afterEach(() => {
  for (const created of clients.splice(0)) created.close();
});

const csat = { kind: 'csat', score: 4, locale: 'nb-NO' } as const;

describe('createFeedbackClient', () => {
  it('keeps a memory queue on a server and says so, then sends with the idempotency key as header and body id', async () => {
    const onStorageFallback = vi.fn();
    const server = scriptedFetch();
    const feedback = client({ fetch: server.fetch, onStorageFallback });
    expect(await feedback.ready).toBe('memory');
    expect(feedback.storage).toBe('memory');
    expect(onStorageFallback).toHaveBeenCalledWith(
      'memory',
      expect.stringMatching(/indexeddb: IndexedDB is not available.*localstorage: localStorage is not available/),
    );

    const result = await feedback.submit(csat);
    expect(result.status).toBe('sent');
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]).toEqual({
      url: 'https://feedback.example/v1/entries',
      key: result.payload.id,
      payload: result.payload,
    });
    expect(result.payload).not.toHaveProperty('page');
    expect(await feedback.entries()).toEqual([]);
  });

  it('refuses to start without an endpoint', () => {
    expect(() => createFeedbackClient({ endpoint: '' })).toThrow('createFeedbackClient needs an `endpoint`');
  });

  it('scrubs the comment before it is stored, so neither the queue nor the server sees the personal data', async () => {
    const server = scriptedFetch(new TypeError('Failed to fetch'));
    const feedback = client({ fetch: server.fetch });
    const result = await feedback.submit({ kind: 'comment', comment: 'Svar meg på kari@example.no', locale: 'nb-NO' });
    expect(result.status).toBe('queued');
    const [entry] = await feedback.entries();
    expect(entry?.payload.comment).toBe('Svar meg på [e-mail]');
    await feedback.flush();
    expect(server.calls.map((call) => call.payload.comment)).toEqual(['Svar meg på [e-mail]', 'Svar meg på [e-mail]']);
  });

  it('scrubs every free-text field, its own or from the defaults, before it is stored or sent', async () => {
    const server = scriptedFetch(new TypeError('Failed to fetch'));
    const feedback = client({
      fetch: server.fetch,
      defaults: { channel: 'app for kari@example.no', teams: ['kundeservice'] },
    });
    const result = await feedback.submit({
      kind: 'ces',
      score: 2,
      locale: 'nb-NO',
      reasons: ['slow', 'ring 98765432'],
      journey: 'flytting/01019012480',
      touchpoint: 'kvittering +47 22 33 44 55',
      teams: ['web', 'team 4111 1111 1111 1111'],
      comment: 'Kort NO93 8601 1117 947',
    });
    expect(result.status).toBe('queued');
    const personal = /kari@example|98765432|01019012480|22 33 44 55|4111 1111|8601 1117/;
    const [entry] = await feedback.entries();
    expect(JSON.stringify(entry)).not.toMatch(personal);
    expect(entry?.payload).toMatchObject({
      reasons: ['slow', 'ring [phone number]'],
      channel: 'app for [e-mail]',
      journey: 'flytting/[national identity number]',
      touchpoint: 'kvittering [phone number]',
      teams: ['web', 'team [card number]'],
      comment: 'Kort [IBAN]',
    });
    await feedback.flush();
    expect(server.calls).toHaveLength(2);
    for (const call of server.calls) expect(JSON.stringify(call.payload)).not.toMatch(personal);
  });

  it('refuses a locale that carries personal data, and a field the placeholders would make too long', async () => {
    const server = scriptedFetch();
    const feedback = client({ fetch: server.fetch });
    await expect(feedback.submit({ ...csat, locale: 'nb-x-98765432' })).rejects.toThrow(
      '`locale` must be a language tag',
    );
    await expect(feedback.submit({ ...csat, journey: 'tlf 22334455 '.repeat(15) })).rejects.toThrow(
      '`journey` must be at most 200 characters once personal data is masked',
    );
    // The message says what was wrong without repeating the personal data.
    await expect(feedback.submit({ ...csat, touchpoint: `ring 98765432 ${'x'.repeat(200)}` })).rejects.toThrow(
      'got "ring [phone number]',
    );
    expect(await feedback.entries()).toEqual([]);
    expect(server.calls).toEqual([]);
  });

  it('rejects bad input with the field named, and neither stores nor sends it', async () => {
    const server = scriptedFetch();
    const feedback = client({ fetch: server.fetch });
    await expect(feedback.submit({ kind: 'csat', score: 9, locale: 'nb-NO' })).rejects.toThrow(
      'FeedbackClient.submit: `score` must be a whole number from 1 to 5 for kind "csat", got 9.',
    );
    expect(await feedback.entries()).toEqual([]);
    expect(server.calls).toEqual([]);
  });

  it('queues on a network error or 5xx and retries with backoff until the server takes it, with the same key', async () => {
    const onSent = vi.fn();
    const server = scriptedFetch(new TypeError('Failed to fetch'), new Response('down', { status: 503 }));
    const feedback = client({ fetch: server.fetch, onSent });
    const result = await feedback.submit(csat);
    expect(result.status).toBe('queued');
    const [entry] = await feedback.entries();
    expect(entry).toMatchObject({ state: 'pending', attempts: 1, lastError: { status: 0 } });
    await expect.poll(() => onSent.mock.calls.length).toBe(1);
    expect(server.calls.map((call) => call.key)).toEqual([result.payload.id, result.payload.id, result.payload.id]);
    expect(await feedback.entries()).toEqual([]);
  });

  it('waits as long as Retry-After asks after a 429, even when that is longer than the backoff', async () => {
    let clock = Date.parse('2025-06-01T12:00:00Z');
    const server = scriptedFetch(new Response('slow down', { status: 429, headers: { 'Retry-After': '30' } }));
    const feedback = client({ fetch: server.fetch, now: () => new Date(clock) });
    expect((await feedback.submit(csat)).status).toBe('queued');
    const [entry] = await feedback.entries();
    expect(entry?.nextAttemptAt).toBe(clock + 30_000);
    expect(entry?.lastError).toMatchObject({ status: 429, responseText: 'slow down' });
    // A new entry waits too: the server asked the whole client to slow down.
    clock += 1000;
    expect((await feedback.submit(csat)).status).toBe('queued');
    expect(server.calls).toHaveLength(1);
  });

  it('still takes a clock that returns milliseconds, its old form, and says once in development to return a Date', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onTestFinished(() => warn.mockRestore());
    const clock = Date.parse('2025-06-01T12:00:00Z');
    const server = scriptedFetch(new Response('slow down', { status: 429, headers: { 'Retry-After': '30' } }));
    const feedback = client({ fetch: server.fetch, now: () => clock });
    expect((await feedback.submit(csat)).status).toBe('queued');
    expect((await feedback.entries())[0]?.nextAttemptAt).toBe(clock + 30_000);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('`now` returns a Date'))).toHaveLength(1);
  });

  it('does not retry a 400, reports it through onError and keeps the entry to inspect and discard', async () => {
    const onError = vi.fn();
    const server = scriptedFetch(new Response('{"error":"unknown journey"}', { status: 400 }));
    const feedback = client({ fetch: server.fetch, onError });
    const submitted = feedback.submit({ ...csat, journey: 'nowhere' });
    await expect(submitted).rejects.toMatchObject({
      code: 'rejected',
      status: 400,
      responseText: '{"error":"unknown journey"}',
    });
    expect(onError).toHaveBeenCalledTimes(1);
    const reported = onError.mock.calls[0]![0] as FeedbackError;
    expect(reported).toBeInstanceOf(FeedbackError);
    expect(reported.message).toContain('the server answered 400');
    const [entry] = await feedback.entries();
    expect(entry).toMatchObject({
      state: 'rejected',
      attempts: 1,
      lastError: { status: 400, responseText: '{"error":"unknown journey"}' },
    });
    await feedback.flush();
    expect(server.calls).toHaveLength(1);
    await feedback.discard(entry!.id);
    expect(await feedback.entries()).toEqual([]);
  });

  it('keeps an entry as failed, and says so, when maxAttempts runs out', async () => {
    const onError = vi.fn();
    const server = scriptedFetch(new Response(null, { status: 500 }), new Response(null, { status: 502 }));
    const feedback = client({
      fetch: server.fetch,
      onError,
      retry: { baseDelayMs: 100, maxDelayMs: 5000, maxAttempts: 2 },
    });
    await feedback.submit(csat);
    await expect.poll(() => onError.mock.calls.length).toBe(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'failed', status: 502 });
    expect(await feedback.entries()).toMatchObject([{ state: 'failed', attempts: 2 }]);
  });

  it('reports a full queue instead of evicting: the new entry is sent directly if it can be, refused if not', async () => {
    const onQueueFull = vi.fn();
    const server = scriptedFetch(
      new TypeError('Failed to fetch'),
      new TypeError('Failed to fetch'),
      new TypeError('Failed to fetch'),
    );
    const feedback = client({
      fetch: server.fetch,
      onQueueFull,
      maxEntries: 2,
      retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    const first = await feedback.submit(csat);
    const second = await feedback.submit({ ...csat, score: 5 });
    expect([first.status, second.status]).toEqual(['queued', 'queued']);

    const third = feedback.submit({ ...csat, score: 1 });
    await expect(third).rejects.toMatchObject({ code: 'queue-full', payload: { score: 1 } });
    await expect(third).rejects.toThrow('the queue already holds 2 of 2 entries');
    expect(onQueueFull).toHaveBeenCalledWith({
      payload: expect.objectContaining({ score: 1 }),
      queued: 2,
      maxEntries: 2,
    });
    // Nothing was evicted to make room.
    expect((await feedback.entries()).map((entry) => entry.id).sort()).toEqual(
      [first.payload.id, second.payload.id].sort(),
    );

    // With the server back, a full queue still loses nothing: the new entry goes straight out.
    const fourth = await feedback.submit({ ...csat, score: 2 });
    expect(fourth.status).toBe('sent');
    expect(server.calls.at(-1)?.key).toBe(fourth.payload.id);
    expect(onQueueFull).toHaveBeenCalledTimes(2);
  });

  it('sends what an earlier client left in a shared queue when it starts', async () => {
    // Memory storage is per client, so share it the way a page reload shares IndexedDB: through the store itself.
    const { createMemoryStore } = await import('./storage.js');
    const store = createMemoryStore();
    await store.put({
      id: '6f1c1b8e-0f1e-4c59-9a61-1f0f8e0c2d11',
      payload: {
        id: '6f1c1b8e-0f1e-4c59-9a61-1f0f8e0c2d11',
        kind: 'helpful',
        score: 1,
        scale: { min: 0, max: 1 },
        locale: 'nb',
        teams: [],
        createdAt: new Date().toISOString(),
        schemaVersion: 1,
      },
      state: 'pending',
      attempts: 3,
      nextAttemptAt: Date.now() + 3_600_000,
      queuedAt: Date.now(),
    });
    vi.doMock('./storage.js', async (importOriginal) => ({
      ...(await importOriginal<object>()),
      openQueueStore: async () => ({ store }),
    }));
    vi.resetModules();
    const { createFeedbackClient: createWithStore } = await import('./client.js');
    const server = scriptedFetch();
    const feedback = createWithStore({ endpoint: 'https://feedback.example/v1/entries', fetch: server.fetch });
    clients.push(feedback);
    await expect.poll(() => server.calls.map((call) => call.key)).toEqual(['6f1c1b8e-0f1e-4c59-9a61-1f0f8e0c2d11']);
    expect(await store.list()).toEqual([]);
    vi.doUnmock('./storage.js');
  });
});

import { backoffDelay, parseRetryAfter } from './backoff.js';
import { FeedbackError } from './errors.js';
import { createFlushLock, type FlushLock } from './lock.js';
import { resolveRetryOptions, validateClientOptions } from './options.js';
import { buildPayload, newEntryId } from './payload.js';
import { openQueueStore, type QueueStore } from './storage.js';
import type {
  FeedbackInput,
  FeedbackPayload,
  FeedbackRetryOptions,
  FeedbackRouting,
  FeedbackSender,
  QueuedEntry,
  QueueFullEvent,
  QueueStorageKind,
  SubmitResult,
} from './types.js';
import { validateInput } from './validate.js';

/** How `createFeedbackClient` is set up. Only `endpoint` is required. */
export interface FeedbackClientOptions {
  /** The URL entries are POSTed to as JSON. Relative URLs resolve against the page. */
  endpoint: string;
  /** The fetch to send with. @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * Where to keep the queue. `'auto'` tries IndexedDB, then localStorage, then memory; a named kind starts there and
   * falls back the same way. Every fallback is reported through `onStorageFallback`.
   * @default 'auto'
   */
  storage?: 'auto' | QueueStorageKind;
  /** The IndexedDB database name, also the prefix of localStorage keys and the Web Lock's name. @default 'samspill-feedback' */
  databaseName?: string;
  /** How many entries the queue holds, counting rejected and failed ones until they are discarded. @default 100 */
  maxEntries?: number;
  /** Backoff and attempt limits; see `FeedbackRetryOptions`. */
  retry?: FeedbackRetryOptions;
  /** Routing and locale used where an input leaves them out. */
  defaults?: FeedbackRouting & { locale?: string };
  /** Called for entries the server rejected (4xx) or that ran out of attempts, and for storage failures. */
  onError?: (error: FeedbackError) => void;
  /** Called once when the queue had to use a less durable storage than asked for, with the reasons. */
  onStorageFallback?: (kind: QueueStorageKind, reason: string) => void;
  /** Called when a new entry does not fit in the queue; `submit` then sends it directly or rejects with `queue-full`. */
  onQueueFull?: (event: QueueFullEvent) => void;
  /** Called for every entry the server accepted. */
  onSent?: (payload: FeedbackPayload) => void;
  /** The clock, for tests. @default Date.now */
  now?: () => number;
  /** The jitter source, for tests. @default Math.random */
  random?: () => number;
}

/** A feedback client: `submit` plus the queue's controls. */
export interface FeedbackClient extends FeedbackSender {
  /** Sends every pending entry now, ignoring backoff (never sends an entry twice at once, across tabs either). */
  flush(): Promise<void>;
  /** Every entry still in the queue, oldest first: pending, rejected (4xx) and failed (out of attempts). */
  entries(): Promise<QueuedEntry[]>;
  /** Removes an entry from the queue, e.g. a rejected one someone has looked at. */
  discard(id: string): Promise<void>;
  /** The storage the queue uses; final once `ready` has resolved. */
  readonly storage: QueueStorageKind;
  /** Resolves with the storage once the queue is open. */
  readonly ready: Promise<QueueStorageKind>;
  /** Stops timers and listeners and closes the storage. Queued entries stay for the next client. */
  close(): void;
}

type Outcome =
  | { kind: 'sent' }
  | { kind: 'retry'; status: number; message: string; responseText?: string; retryAfterMs?: number }
  | { kind: 'rejected'; status: number; message: string; responseText?: string };

/** 4xx statuses that mean "try again later": timeout, a concurrent request with the same key, too early, too many. */
const RETRYABLE_4XX = new Set([408, 409, 425, 429]);
const MAX_RESPONSE_TEXT = 2000;
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Re-throws a caller's callback error on its own, so it neither breaks the queue nor goes unseen. */
function callSafely<A extends unknown[]>(callback: ((...args: A) => void) | undefined, ...args: A): void {
  if (!callback) return;
  try {
    callback(...args);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

function isOffline(): boolean {
  return globalThis.navigator?.onLine === false;
}

/**
 * Creates a feedback client. Each `submit` is scrubbed of personal data, validated, written to a durable queue and
 * only then sent, with an `Idempotency-Key`; failures are retried with backoff until the server takes it. Creating
 * a client also sends what earlier pages left in the queue.
 *
 * Safe to call during server rendering: without IndexedDB or localStorage it keeps a memory queue (reported through
 * `onStorageFallback`) and registers no browser listeners.
 */
export function createFeedbackClient(options: FeedbackClientOptions): FeedbackClient {
  validateClientOptions(options);
  const fetchImpl = options.fetch ?? (typeof globalThis.fetch === 'function' ? globalThis.fetch.bind(globalThis) : undefined);
  if (!fetchImpl) throw new FeedbackError('invalid-input', 'createFeedbackClient needs a `fetch`: this environment has none, so pass one in the options.');
  const maxEntries = options.maxEntries ?? 100;
  const endpoint = options.endpoint;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const retry = resolveRetryOptions(options.retry);
  const databaseName = options.databaseName ?? 'samspill-feedback';

  let storageKind: QueueStorageKind = options.storage && options.storage !== 'auto' ? options.storage : typeof globalThis.indexedDB === 'undefined' ? 'memory' : 'indexeddb';
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** After a retryable failure nothing is sent before this, except by `flush()`, `online` or a new page. */
  let pausedUntil = 0;
  /** Retryable failures in a row, whichever entries they were: the pause grows with them, so more entries are no more requests. */
  let failuresInARow = 0;
  /** Pending entries as last read, so `pagehide` can beacon them without waiting for storage. */
  let known = new Map<string, QueuedEntry>();

  const opened: Promise<{ store: QueueStore; lock: FlushLock }> = openQueueStore(options.storage ?? 'auto', databaseName).then(({ store, fallbackReason }) => {
    storageKind = store.kind;
    if (fallbackReason !== undefined) callSafely(options.onStorageFallback, store.kind, fallbackReason);
    const lock = createFlushLock(`${databaseName}:flush`, store, { leaseMs: retry.requestTimeoutMs + 5000, now, random });
    return { store, lock };
  });

  const report = (error: FeedbackError) => {
    if (!closed) callSafely(options.onError, error);
  };

  async function send(payload: FeedbackPayload): Promise<Outcome> {
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), retry.requestTimeoutMs);
    try {
      const response = await fetchImpl!(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.id },
        body: JSON.stringify(payload),
        credentials: 'omit',
        // Lets a request already on its way finish when the page goes away.
        keepalive: true,
        signal: controller.signal,
      });
      if (response.ok) return { kind: 'sent' };
      const responseText = (await response.text().catch(() => '')).slice(0, MAX_RESPONSE_TEXT);
      const message = `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      if (response.status >= 500 || RETRYABLE_4XX.has(response.status)) {
        return { kind: 'retry', status: response.status, message, responseText, retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), now()) };
      }
      return { kind: 'rejected', status: response.status, message, responseText };
    } catch (error) {
      const message = controller.signal.aborted
        ? `no answer within ${retry.requestTimeoutMs} ms`
        : `network error: ${error instanceof Error ? error.message : String(error)}`;
      return { kind: 'retry', status: 0, message };
    } finally {
      clearTimeout(timeout);
    }
  }

  async function schedule(store: QueueStore): Promise<void> {
    const pending = (await store.list()).filter((entry) => entry.state === 'pending');
    known = new Map(pending.map((entry) => [entry.id, entry]));
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // Offline, the `online` event flushes instead of a timer.
    if (closed || pending.length === 0 || isOffline()) return;
    const at = Math.max(pausedUntil, Math.min(...pending.map((entry) => entry.nextAttemptAt)));
    timer = setTimeout(() => void flushSafely(false), Math.min(MAX_TIMER_MS, Math.max(0, at - now())));
  }

  /** One pass over the queue, under the cross-tab lock. `force` ignores backoff (flush(), online, a new page). */
  async function pass(force: boolean): Promise<void> {
    const { store, lock } = await opened;
    if (closed) return;
    if (isOffline()) return schedule(store);
    await lock(async (renew) => {
      if (force) pausedUntil = 0;
      for (const listed of await store.list()) {
        if (closed || isOffline()) break;
        if (listed.state !== 'pending') continue;
        if (!force && (listed.nextAttemptAt > now() || pausedUntil > now())) continue;
        if (!(await renew())) break;
        // Read it again: without Web Locks, another tab may have sent it meanwhile.
        const entry = await store.get(listed.id);
        if (entry?.state !== 'pending') continue;
        const outcome = await send(entry.payload);
        failuresInARow = outcome.kind === 'retry' ? failuresInARow + 1 : 0;
        if (outcome.kind === 'sent') {
          await store.delete(entry.id);
          known.delete(entry.id);
          callSafely(options.onSent, entry.payload);
          continue;
        }
        const attempts = entry.attempts + 1;
        const lastError = { status: outcome.status, message: outcome.message, at: now(), ...(outcome.responseText ? { responseText: outcome.responseText } : {}) };
        if (outcome.kind === 'rejected' || attempts >= retry.maxAttempts) {
          const state = outcome.kind === 'rejected' ? 'rejected' : 'failed';
          const kept: QueuedEntry = { ...entry, state, attempts, lastError };
          await store.put(kept);
          known.delete(entry.id);
          const why = state === 'rejected' ? `${outcome.message}, which is not retried` : `${outcome.message} and ${attempts} attempts ran out`;
          report(
            new FeedbackError(state, `FeedbackClient: entry ${entry.id} was not delivered: ${why}. It stays in the queue as "${state}"; read it with entries() and remove it with discard(id).`, {
              entry: kept,
              status: outcome.status,
              ...(outcome.responseText ? { responseText: outcome.responseText } : {}),
            }),
          );
          if (outcome.kind === 'rejected') continue;
          // Out of attempts, but the server is still failing: the next entry waits as for a retry.
          pausedUntil = now() + Math.max(outcome.retryAfterMs ?? 0, backoffDelay(failuresInARow, retry, random));
          break;
        }
        const delay = Math.max(outcome.retryAfterMs ?? 0, backoffDelay(attempts, retry, random));
        const next: QueuedEntry = { ...entry, attempts, nextAttemptAt: now() + delay, lastError };
        await store.put(next);
        // The server is down or busy: the rest of the queue waits too.
        pausedUntil = Math.max(next.nextAttemptAt, now() + backoffDelay(failuresInARow, retry, random));
        break;
      }
    });
    await schedule(store);
  }

  function flushSafely(force: boolean): Promise<void> {
    return pass(force).catch((error: unknown) => {
      report(new FeedbackError('storage', `FeedbackClient: the queue's storage failed: ${error instanceof Error ? error.message : String(error)}. Entries stay queued.`, { cause: error }));
    });
  }

  const currentHref = (): string | undefined => globalThis.location?.href;

  function beaconPending(): void {
    const navigatorRef = globalThis.navigator;
    if (typeof navigatorRef?.sendBeacon !== 'function') return;
    for (const entry of known.values()) {
      // A beacon cannot carry headers, so the idempotency key also rides in the URL (and is the body's `id`).
      const url = new URL(endpoint, currentHref());
      url.searchParams.set('idempotency-key', entry.id);
      // text/plain keeps the beacon a CORS "simple" request, which browsers send without a preflight.
      const body = new Blob([JSON.stringify(entry.payload)], { type: 'text/plain;charset=UTF-8' });
      // The entry stays queued: a beacon is not confirmed, so the next page resends it and the server deduplicates.
      if (!navigatorRef.sendBeacon(url.href, body)) break;
    }
  }

  const onOnline = () => void flushSafely(true);
  const onPageHide = () => beaconPending();
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) void flushSafely(true);
  };
  const target = typeof window === 'undefined' ? undefined : window;
  target?.addEventListener('online', onOnline);
  target?.addEventListener('pagehide', onPageHide);
  target?.addEventListener('pageshow', onPageShow);

  // Send what an earlier page left behind.
  void flushSafely(true);

  return {
    get storage() {
      return storageKind;
    },
    ready: opened.then(({ store }) => store.kind),

    async submit(input: FeedbackInput): Promise<SubmitResult> {
      if (closed) throw new FeedbackError('closed', 'FeedbackClient.submit was called after close(); create a new client.');
      validateInput(input, options.defaults);
      const payload = buildPayload(input, { defaults: options.defaults, now: now(), id: newEntryId(), locationHref: currentHref() });
      const { store } = await opened;
      const queued = await store.count();
      if (queued >= maxEntries) {
        callSafely(options.onQueueFull, { payload, queued, maxEntries });
        // Not stored, so try it straight away: while the server is up, a full queue loses nothing.
        const outcome: Outcome = isOffline() ? { kind: 'retry', status: 0, message: 'the browser is offline' } : await send(payload);
        if (outcome.kind === 'sent') {
          callSafely(options.onSent, payload);
          return { status: 'sent', payload };
        }
        throw new FeedbackError(
          'queue-full',
          `FeedbackClient.submit: the queue already holds ${queued} of ${maxEntries} entries and this one could not be sent (${outcome.message}), so it was not stored. Keep error.payload to try again, discard rejected entries, or raise \`maxEntries\`.`,
          { payload, status: outcome.status, ...(outcome.responseText ? { responseText: outcome.responseText } : {}) },
        );
      }
      const entry: QueuedEntry = { id: payload.id, payload, state: 'pending', attempts: 0, nextAttemptAt: now(), queuedAt: now() };
      await store.put(entry);
      known.set(entry.id, entry);
      await flushSafely(false);
      const after = await store.get(entry.id);
      if (!after) return { status: 'sent', payload };
      // Only the first attempt is this call's to report: a later retry (a timer on a slow machine can win the race
      // to this read) was after the entry had been safely queued, and reports through onError.
      if (after.state !== 'pending' && after.attempts <= 1) {
        throw new FeedbackError(after.state, `FeedbackClient.submit: the server did not take entry ${after.id} (${after.lastError?.message ?? 'unknown'}). It stays in the queue as "${after.state}".`, {
          entry: after,
          ...(after.lastError ? { status: after.lastError.status } : {}),
          ...(after.lastError?.responseText ? { responseText: after.lastError.responseText } : {}),
        });
      }
      return { status: 'queued', payload };
    },

    flush: () => flushSafely(true),

    async entries() {
      return (await opened).store.list();
    },

    async discard(id: string) {
      await (await opened).store.delete(id);
      known.delete(id);
    },

    close() {
      if (closed) return;
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      target?.removeEventListener('online', onOnline);
      target?.removeEventListener('pagehide', onPageHide);
      target?.removeEventListener('pageshow', onPageShow);
      void opened.then(({ store }) => store.close());
    },
  };
}

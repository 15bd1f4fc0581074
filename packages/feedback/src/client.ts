import { backoffDelay, parseRetryAfter } from './backoff.js';
import { FeedbackError } from './errors.js';
import { resolveRetryOptions, validateClientOptions } from './options.js';
import { buildPayload, newEntryId } from './payload.js';
import { openQueueStore, type QueueStore, type StoredEntry } from './storage.js';
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
  /** The IndexedDB database name, also the prefix of localStorage keys. @default 'samspill-feedback' */
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
  /**
   * Called when a new entry does not fit in the queue; `submit` then sends it directly (unless offline or inside a
   * `Retry-After` pause) or rejects with `queue-full`.
   */
  onQueueFull?: (event: QueueFullEvent) => void;
  /** Called for every entry the server accepted. */
  onSent?: (payload: FeedbackPayload) => void;
  /** The clock, for tests: `() => new Date(…)`, as every Samspill clock is. A clock that returns milliseconds
   * still works in this minor version and warns once in development; it is removed in the next.
   * @default the system clock */
  now?: () => Date | number;
  /** The jitter source, for tests. @default Math.random */
  random?: () => number;
}

/** A feedback client: `submit` plus the queue's controls. */
export interface FeedbackClient extends FeedbackSender {
  /**
   * Tries every pending entry once now, ignoring its backoff but not a `Retry-After` pause; resolves when each has
   * had its try. Never sends an entry twice at once, across tabs either.
   */
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
/** Network error or timeout (0), too many requests, bad gateway, unavailable, gateway timeout. */
const COLLECTOR_STATUSES = new Set([0, 429, 502, 503, 504]);
const MAX_RESPONSE_TEXT = 2000;
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Requests one tab keeps in flight: enough to drain a flaky collector fast, few enough to be polite. */
const MAX_IN_FLIGHT = 4;
/** The shortest wait between probes of a collector that looks down: 4 + 60 s / 2.5 s keeps it under 30 requests a minute. */
const PROBE_GAP_MS = 2500;
/** A tab's claim on an entry it sends runs out this soon after the tab stops renewing it (closed, crashed, frozen). */
const CLAIM_MS = 5000;
/** How long `submit` waits for the first answer before it resolves `queued`. */
const SUBMIT_WAIT_MS = 1000;
/** Chromium lets a page's keepalive requests and beacons carry 64 KiB of body at once. */
const BEACON_BUDGET = 64 * 1024;
/** Refused entries remembered so that submitting one again keeps its key. */
const MAX_REFUSED = 20;

/**
 * Failures that are the collector's, not the entry's: unreachable, too slow, overloaded, a gateway without its
 * upstream, or a pause it asked for. Anything else retryable (500, 408, 409, 425) may be about the entry itself.
 */
function collectorWide(outcome: Outcome): boolean {
  return outcome.kind === 'retry' && (outcome.retryAfterMs !== undefined || COLLECTOR_STATUSES.has(outcome.status));
}

// Bundlers replace `process.env.NODE_ENV`; this package has no Node types, and runs unbundled in browsers too.
declare const process: { env: { NODE_ENV?: string } };

let warnedNumberClock = false;

/** The client counts in milliseconds; the option is a `() => Date` clock like the components' (milliseconds still work). */
function readClock(clock: (() => Date | number) | undefined): () => number {
  if (!clock) return Date.now;
  return () => {
    const at = clock();
    if (typeof at !== 'number') return at.getTime();
    // `typeof process`: this package also runs unbundled in browsers, where there is no `process`.
    if (!warnedNumberClock && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      warnedNumberClock = true;
      console.warn(
        'createFeedbackClient: `now` returns a Date now, like every Samspill clock. A clock that returns milliseconds still works in this minor version and is removed in the next; use `now: () => new Date(…)`.',
      );
    }
    return at;
  };
}

/** An entry as callers see it, without what only tabs need to know about it. */
function asQueued({ claim: _claim, ownFailures: _ownFailures, ...entry }: StoredEntry): QueuedEntry {
  return entry;
}

/** Two payloads are the same answer when only their id and time differ. */
function sameAnswer(payload: FeedbackPayload): string {
  return JSON.stringify({ ...payload, id: undefined, createdAt: undefined });
}

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
 * only then sent, with an `Idempotency-Key`; failures are retried with backoff until the server takes it, up to four
 * at a time per tab. Creating a client also sends what earlier pages left in the queue.
 *
 * Safe to call during server rendering: without IndexedDB or localStorage it keeps a memory queue (reported through
 * `onStorageFallback`) and registers no browser listeners.
 */
export function createFeedbackClient(options: FeedbackClientOptions): FeedbackClient {
  validateClientOptions(options);
  const fetchImpl =
    options.fetch ?? (typeof globalThis.fetch === 'function' ? globalThis.fetch.bind(globalThis) : undefined);
  if (!fetchImpl)
    throw new FeedbackError(
      'invalid-input',
      'createFeedbackClient needs a `fetch`: this environment has none, so pass one in the options.',
    );
  const maxEntries = options.maxEntries ?? 100;
  const endpoint = options.endpoint;
  const now = readClock(options.now);
  const random = options.random ?? Math.random;
  const retry = resolveRetryOptions(options.retry);
  const databaseName = options.databaseName ?? 'samspill-feedback';

  let storageKind: QueueStorageKind =
    options.storage && options.storage !== 'auto'
      ? options.storage
      : typeof globalThis.indexedDB === 'undefined'
        ? 'memory'
        : 'indexeddb';
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let renewTimer: ReturnType<typeof setTimeout> | undefined;
  /** This tab's copy of the collector's pause (`Retry-After`), which the queue's storage shares with every tab. */
  let pausedUntil = 0;
  /** Pending entries as last read, so `pagehide` can beacon them without waiting for storage. */
  let known = new Map<string, StoredEntry>();
  /** What this tab is sending, with the bytes each request takes from the browser's keepalive budget. */
  const inFlight = new Map<string, { keepaliveBytes: number; done: Promise<Outcome | undefined> }>();
  const keepaliveLeft = () =>
    BEACON_BUDGET - [...inFlight.values()].reduce((sum, flight) => sum + flight.keepaliveBytes, 0);
  /** While `flush()` (or `online`, or a new page) drains: the entries it has tried, each once whatever its backoff. */
  let forced: Set<string> | undefined;
  let draining = 0;
  /** Entries `queue-full` refused, by their content, so the same answer submitted again keeps its idempotency key. */
  const refused = new Map<string, FeedbackPayload>();
  /** Failures of the collector's own (see `collectorWide`) in a row, whichever entries they hit. */
  let struggling = 0;
  /** From a whole round of such failures on, this tab sends one request at a time and none before this. */
  let holdUntil = 0;
  const owner = `${now().toString(36)}-${random().toString(36).slice(2)}`;

  const opened: Promise<{ store: QueueStore }> = openQueueStore(options.storage ?? 'auto', databaseName).then(
    ({ store, fallbackReason }) => {
      storageKind = store.kind;
      if (fallbackReason !== undefined) callSafely(options.onStorageFallback, store.kind, fallbackReason);
      return { store };
    },
  );

  const report = (error: FeedbackError) => {
    if (!closed) callSafely(options.onError, error);
  };
  const storageFailed = (error: unknown) => {
    report(
      new FeedbackError(
        'storage',
        `FeedbackClient: the queue's storage failed: ${error instanceof Error ? error.message : String(error)}. Entries stay queued.`,
        { cause: error },
      ),
    );
  };

  const paused = () => pausedUntil > now();
  const slots = () => (struggling >= MAX_IN_FLIGHT ? 1 : MAX_IN_FLIGHT);
  const mayStart = () => !isOffline() && !paused() && holdUntil <= now() && inFlight.size < slots();
  const due = (entry: QueuedEntry, at: number) =>
    entry.nextAttemptAt <= at || (forced !== undefined && !forced.has(entry.id));
  /** Tabs that said on `pagehide` that they are gone: their claims no longer hold, whether or not storage heard it. */
  const gone = new Set<string>();
  const heldElsewhere = (entry: StoredEntry, at: number) =>
    entry.claim !== undefined && entry.claim.owner !== owner && entry.claim.until > at && !gone.has(entry.claim.owner);
  const eligible = (entry: StoredEntry, at: number) =>
    entry.state === 'pending' && !heldElsewhere(entry, at) && due(entry, at);

  /** Sends one payload; `keepalive` only while it fits the budget, since the browser fails a request beyond it. */
  async function send(payload: FeedbackPayload, body: string, keepalive: boolean): Promise<Outcome> {
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), retry.requestTimeoutMs);
    try {
      const response = await fetchImpl!(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.id },
        body,
        credentials: 'omit',
        // Lets a request already on its way finish when the page goes away.
        keepalive,
        signal: controller.signal,
      });
      if (response.ok) return { kind: 'sent' };
      const retryable = response.status >= 500 || RETRYABLE_4XX.has(response.status);
      const retryAfterMs = retryable ? parseRetryAfter(response.headers.get('Retry-After'), now()) : undefined;
      // Before anything else is awaited, so no request of this tab starts inside the pause.
      if (retryAfterMs !== undefined) {
        pausedUntil = Math.max(pausedUntil, now() + retryAfterMs);
        // The storage holds the pause for every tab; this tells the open ones at once.
        channel?.postMessage({ pausedUntil });
      }
      const responseText = (await response.text().catch(() => '')).slice(0, MAX_RESPONSE_TEXT);
      const message = `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      if (retryable) return { kind: 'retry', status: response.status, message, responseText, retryAfterMs };
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

  /** Writes what an attempt came to; an entry that failed waits for its own backoff, or for the collector's pause. */
  async function settle(
    store: QueueStore,
    { ownFailures: previousFailures = 0, ...entry }: StoredEntry,
    outcome: Outcome,
  ): Promise<void> {
    if (outcome.kind === 'sent') {
      await store.settle(entry.id, owner, undefined);
      known.delete(entry.id);
      callSafely(options.onSent, entry.payload);
      return;
    }
    const attempts = entry.attempts + 1;
    const lastError = {
      status: outcome.status,
      message: outcome.message,
      at: now(),
      ...(outcome.responseText ? { responseText: outcome.responseText } : {}),
    };
    if (outcome.kind === 'rejected' || attempts >= retry.maxAttempts) {
      const state = outcome.kind === 'rejected' ? 'rejected' : 'failed';
      const kept: QueuedEntry = { ...entry, state, attempts, lastError };
      await store.settle(entry.id, owner, kept);
      known.delete(entry.id);
      const why =
        state === 'rejected'
          ? `${outcome.message}, which is not retried`
          : `${outcome.message} and ${attempts} attempts ran out`;
      report(
        new FeedbackError(
          state,
          `FeedbackClient: entry ${entry.id} was not delivered: ${why}. It stays in the queue as "${state}"; read it with entries() and remove it with discard(id).`,
          {
            entry: kept,
            status: outcome.status,
            ...(outcome.responseText ? { responseText: outcome.responseText } : {}),
          },
        ),
      );
      return;
    }
    if (outcome.retryAfterMs !== undefined) await store.pause(now() + outcome.retryAfterMs);
    // The collector's trouble says nothing about this entry: it waits for the pause or the hold, not a backoff of its own.
    const ownFailures = previousFailures + (collectorWide(outcome) ? 0 : 1);
    const delay =
      outcome.retryAfterMs ??
      (collectorWide(outcome)
        ? Math.max(holdUntil - now(), backoffDelay(1, retry, random))
        : backoffDelay(ownFailures, retry, random));
    await store.settle(entry.id, owner, { ...entry, attempts, ownFailures, nextAttemptAt: now() + delay, lastError });
  }

  /** Sends one entry this tab has claimed; `undefined` (and the claim given up) when it may not start now after all. */
  function attempt(store: QueueStore, entry: StoredEntry): Promise<Outcome | undefined> | undefined {
    // Already on its way from this tab: a pass and a submit can both have claimed it.
    if (inFlight.has(entry.id)) return inFlight.get(entry.id)!.done;
    if (closed || !mayStart()) {
      void store.release([entry.id], owner).catch(storageFailed);
      return undefined;
    }
    const { claim: _claim, ...plain } = entry;
    forced?.add(entry.id);
    const body = JSON.stringify(entry.payload);
    const bytes = new Blob([body]).size;
    const keepalive = bytes <= keepaliveLeft();
    const done = send(entry.payload, body, keepalive)
      .then(async (outcome) => {
        noteCollector(outcome);
        await settle(store, plain, outcome);
        return outcome;
      })
      .catch((error: unknown) => void storageFailed(error))
      .finally(() => {
        inFlight.delete(entry.id);
        if (!closed) void pump();
      });
    inFlight.set(entry.id, { keepaliveBytes: keepalive ? bytes : 0, done });
    keepClaims(store);
    return done;
  }

  /**
   * A whole round of the collector's own failures in a row: it looks down, not flaky, so this tab backs off as one,
   * probing with one request at a time. A pause it asked for is handled by the pause.
   */
  function noteCollector(outcome: Outcome): void {
    if (!collectorWide(outcome) || (outcome.kind === 'retry' && outcome.retryAfterMs !== undefined)) {
      struggling = 0;
      holdUntil = 0;
      return;
    }
    struggling += 1;
    // Doubling every second failed probe: a flaky collector fails a probe now and then, a down one fails them all.
    if (struggling >= MAX_IN_FLIGHT)
      holdUntil =
        now() + Math.max(PROBE_GAP_MS, backoffDelay(Math.ceil((struggling - MAX_IN_FLIGHT + 1) / 2), retry, random));
  }

  /** Renews this tab's claims while it sends, so they run out within seconds of the tab going away. */
  function keepClaims(store: QueueStore): void {
    if (renewTimer !== undefined) return;
    renewTimer = setTimeout(() => {
      renewTimer = undefined;
      if (closed || inFlight.size === 0) return;
      void store.renew([...inFlight.keys()], owner, now() + CLAIM_MS).catch(storageFailed);
      keepClaims(store);
    }, CLAIM_MS / 3);
  }

  /** Starts what is due, up to MAX_IN_FLIGHT at once, and sets the timer for what comes due next. */
  async function pumpOnce(): Promise<void> {
    const { store } = await opened;
    if (closed) return;
    // Another tab may have been told to wait; this one holds to that too, beacons included.
    pausedUntil = Math.max(pausedUntil, await store.pausedUntil());
    const pending = (await store.list()).filter((entry) => entry.state === 'pending');
    known = new Map(pending.map((entry) => [entry.id, entry]));
    const room = slots() - inFlight.size;
    if (mayStart()) {
      const at = now();
      const wanted = pending.filter((entry) => !inFlight.has(entry.id) && eligible(entry, at)).slice(0, room);
      if (wanted.length > 0) {
        const { claimed, pausedUntil: shared } = await store.claim(
          wanted.map((entry) => entry.id),
          owner,
          at + CLAIM_MS,
          at,
          (entry) => eligible(entry, at),
        );
        pausedUntil = Math.max(pausedUntil, shared);
        for (const entry of claimed) attempt(store, entry);
      }
    }
    schedule(pending);
  }

  function schedule(pending: StoredEntry[]): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // Offline, the `online` event sends instead of a timer; with every slot busy, the next answer does.
    if (closed || isOffline() || inFlight.size >= slots()) return;
    const at = now();
    const waits = pending
      .filter((entry) => !inFlight.has(entry.id))
      .map((entry) => Math.max(entry.nextAttemptAt, heldElsewhere(entry, at) ? entry.claim!.until : 0));
    if (waits.length === 0) return;
    const next = Math.max(pausedUntil, holdUntil, Math.min(...waits));
    timer = setTimeout(() => void pump(), Math.min(MAX_TIMER_MS, Math.max(0, next - at)));
  }

  // One pass at a time in this tab, so two passes never claim the same entry; calls meanwhile share the next one.
  let pumping: Promise<void> = Promise.resolve();
  let nextPump: Promise<void> | undefined;
  function pump(): Promise<void> {
    if (!nextPump) {
      nextPump = pumping
        .then(() => {
          nextPump = undefined;
          return pumpOnce();
        })
        .catch(storageFailed);
      pumping = nextPump;
    }
    return nextPump;
  }

  /** Tries every pending entry once, whatever its backoff (never while the collector's pause holds). */
  async function drain(): Promise<void> {
    // A new round: each pending entry once more, also one an earlier flush still running has tried.
    const round = new Set<string>();
    forced = round;
    draining += 1;
    // Asked to send now (or back online): try the collector again instead of waiting out the hold.
    struggling = 0;
    holdUntil = 0;
    try {
      for (;;) {
        await pump();
        // Only this round's requests: entries that come due meanwhile are the timer's, not this call's, to wait for.
        const running = [...inFlight].filter(([id]) => round.has(id)).map(([, flight]) => flight.done);
        if (running.length === 0) return;
        await Promise.race(running);
      }
    } finally {
      draining -= 1;
      if (draining === 0) forced = undefined;
    }
  }

  const currentHref = (): string | undefined => globalThis.location?.href;

  /** Hands the oldest pending entries to `sendBeacon`, as many as the browser's keepalive budget still carries. */
  function beaconPending(): void {
    const navigatorRef = globalThis.navigator;
    if (typeof navigatorRef?.sendBeacon !== 'function' || paused()) return;
    let budget = keepaliveLeft();
    const at = now();
    for (const entry of known.values()) {
      if (inFlight.has(entry.id) || heldElsewhere(entry, at)) continue;
      // A beacon cannot carry headers, so the idempotency key also rides in the URL (and is the body's `id`).
      const url = new URL(endpoint, currentHref());
      url.searchParams.set('idempotency-key', entry.id);
      // text/plain keeps the beacon a CORS "simple" request, which browsers send without a preflight.
      const body = new Blob([JSON.stringify(entry.payload)], { type: 'text/plain;charset=UTF-8' });
      // Oldest first: what does not fit waits, queued, for the next page.
      if (body.size > budget) break;
      // The entry stays queued: a beacon is not confirmed, so the next page resends it and the server deduplicates.
      if (!navigatorRef.sendBeacon(url.href, body)) break;
      budget -= body.size;
    }
  }

  /** The answer to a request `submit` made, or `undefined` once it has waited SUBMIT_WAIT_MS for it. */
  async function answerWithin(request: Promise<Outcome | undefined>): Promise<Outcome | undefined> {
    let waited: ReturnType<typeof setTimeout> | undefined;
    const outcome = await Promise.race([
      request,
      new Promise<undefined>((resolve) => (waited = setTimeout(() => resolve(undefined), SUBMIT_WAIT_MS))),
    ]);
    clearTimeout(waited);
    return outcome;
  }

  /** A full queue stores nothing: the entry is sent directly if the collector is taking entries, else refused. */
  async function sendUnstored(store: QueueStore, payload: FeedbackPayload, queued: number): Promise<SubmitResult> {
    callSafely(options.onQueueFull, { payload, queued, maxEntries });
    pausedUntil = Math.max(pausedUntil, await store.pausedUntil());
    // The same limits as every other request: the pause, the hold of a collector that looks down, and MAX_IN_FLIGHT.
    const held = isOffline()
      ? 'the browser is offline'
      : paused()
        ? `the server asked for a pause until ${new Date(pausedUntil).toISOString()}`
        : mayStart()
          ? undefined
          : 'the server is struggling and this page has requests on the way';
    let outcome: Outcome | undefined = held === undefined ? undefined : { kind: 'retry', status: 0, message: held };
    if (!outcome) {
      const done = send(payload, JSON.stringify(payload), false)
        .then(async (answer) => {
          noteCollector(answer);
          if (answer.kind === 'retry' && answer.retryAfterMs !== undefined)
            await store.pause(now() + answer.retryAfterMs);
          // Also when it comes after `submit` gave up waiting: the server has it, and a resubmission is a duplicate.
          if (answer.kind === 'sent') callSafely(options.onSent, payload);
          return answer;
        })
        .catch((error: unknown) => void storageFailed(error))
        .finally(() => {
          inFlight.delete(payload.id);
          if (!closed) void pump();
        });
      inFlight.set(payload.id, { keepaliveBytes: 0, done });
      outcome = (await answerWithin(done)) ?? {
        kind: 'retry',
        status: 0,
        message: `no answer within ${SUBMIT_WAIT_MS} ms`,
      };
    }
    if (outcome.kind === 'sent') return { status: 'sent', payload };
    if (refused.size >= MAX_REFUSED) refused.delete(refused.keys().next().value!);
    refused.set(sameAnswer(payload), payload);
    throw new FeedbackError(
      'queue-full',
      `FeedbackClient.submit: the queue already holds ${queued} of ${maxEntries} entries and this one could not be sent (${outcome.message}), so it was not stored. Submit the same answer again later (it keeps its idempotency key), discard rejected entries, or raise \`maxEntries\`.`,
      { payload, status: outcome.status, ...(outcome.responseText ? { responseText: outcome.responseText } : {}) },
    );
  }

  const onOnline = () => void drain();
  const onPageHide = (event: PageTransitionEvent) => {
    beaconPending();
    // Another tab may take over what this one was sending; the request itself may still arrive (keepalive). A page
    // kept in the back/forward cache may come back, so its claims just run out instead.
    const sending = [...inFlight.keys()];
    if (sending.length === 0 || event.persisted) return;
    // Said at once: storage written while a page unloads may never commit.
    channel?.postMessage({ gone: owner });
    void opened.then(({ store }) => store.release(sending, owner)).catch(storageFailed);
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) void drain();
  };
  const target = typeof window === 'undefined' ? undefined : window;
  /** Tells this origin's other tabs of a pause or of entries given up, so they need not wait for a timer to notice. */
  const channel =
    target && typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${databaseName}:delivery`) : undefined;
  channel?.addEventListener('message', (event: MessageEvent<{ pausedUntil?: number; gone?: string }>) => {
    if (typeof event.data?.pausedUntil === 'number') pausedUntil = Math.max(pausedUntil, event.data.pausedUntil);
    if (typeof event.data?.gone === 'string') gone.add(event.data.gone);
    if (!closed) void pump();
  });
  target?.addEventListener('online', onOnline);
  target?.addEventListener('pagehide', onPageHide);
  target?.addEventListener('pageshow', onPageShow);

  // Send what an earlier page left behind.
  void drain();

  return {
    get storage() {
      return storageKind;
    },
    ready: opened.then(({ store }) => store.kind),

    async submit(input: FeedbackInput): Promise<SubmitResult> {
      if (closed)
        throw new FeedbackError('closed', 'FeedbackClient.submit was called after close(); create a new client.');
      validateInput(input, options.defaults);
      const payload = buildPayload(input, {
        defaults: options.defaults,
        now: now(),
        id: newEntryId(),
        locationHref: currentHref(),
      });
      const { store } = await opened;
      // The same answer again after a `queue-full` refusal is the same entry: the collector may have stored it.
      const entryPayload = refused.get(sameAnswer(payload)) ?? payload;
      refused.delete(sameAnswer(payload));
      const queued = await store.count();
      if (queued >= maxEntries) return sendUnstored(store, entryPayload, queued);
      const at = now();
      const entry: QueuedEntry = {
        id: entryPayload.id,
        payload: entryPayload,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: at,
        queuedAt: at,
      };
      await store.put(entry);
      known.set(entry.id, entry);
      // Its first attempt starts here, not after a pass; the claim also checks the collector's pause, shared by tabs.
      const { claimed, pausedUntil: shared } = mayStart()
        ? await store.claim([entry.id], owner, at + CLAIM_MS, at, (stored) => eligible(stored, at))
        : { claimed: [], pausedUntil: 0 };
      pausedUntil = Math.max(pausedUntil, shared);
      const first = claimed[0] && attempt(store, claimed[0]);
      if (!first) {
        void pump();
        return { status: 'queued', payload: entryPayload };
      }
      // Wait a moment for the answer, so the caller can say "sent"; past that, the entry is safely queued.
      const outcome = await answerWithin(first);
      if (outcome?.kind === 'sent') return { status: 'sent', payload: entryPayload };
      const stored = outcome && (await store.get(entry.id));
      const after = stored && asQueued(stored);
      if (after && after.state !== 'pending') {
        throw new FeedbackError(
          after.state,
          `FeedbackClient.submit: the server did not take entry ${after.id} (${after.lastError?.message ?? 'unknown'}). It stays in the queue as "${after.state}".`,
          {
            entry: after,
            ...(after.lastError ? { status: after.lastError.status } : {}),
            ...(after.lastError?.responseText ? { responseText: after.lastError.responseText } : {}),
          },
        );
      }
      return { status: 'queued', payload: entryPayload };
    },

    flush: () => drain(),

    async entries() {
      return (await (await opened).store.list()).map(asQueued);
    },

    async discard(id: string) {
      await (await opened).store.delete(id);
      known.delete(id);
    },

    close() {
      if (closed) return;
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      if (renewTimer !== undefined) clearTimeout(renewTimer);
      target?.removeEventListener('online', onOnline);
      target?.removeEventListener('pagehide', onPageHide);
      target?.removeEventListener('pageshow', onPageShow);
      channel?.close();
      void opened.then(({ store }) => store.close());
    },
  };
}

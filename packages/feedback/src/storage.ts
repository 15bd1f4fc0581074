// The durable queue's storage: IndexedDB, localStorage, or memory, each behind the same small interface. Nothing
// here touches a browser global until a store is opened.
import type { QueuedEntry, QueueStorageKind } from './types.js';

/** Which tab is sending an entry, and until when that holds if the tab goes away without saying so. */
export interface Claim {
  owner: string;
  until: number;
}

/** An entry as stored: while a tab is sending it, with that tab's claim. */
export interface StoredEntry extends QueuedEntry {
  claim?: Claim;
  /** Failed attempts that concern this entry alone (not a pause the collector asked for, nor its being down). */
  ownFailures?: number;
}

/**
 * What the client needs from a storage: entries by id, per-entry claims so no two tabs send one entry at once, and
 * the collector's pause, which holds for every tab of the origin.
 */
export interface QueueStore {
  readonly kind: QueueStorageKind;
  list(): Promise<StoredEntry[]>;
  get(id: string): Promise<StoredEntry | undefined>;
  put(entry: StoredEntry): Promise<void>;
  delete(id: string): Promise<void>;
  count(): Promise<number>;
  /**
   * Claims for `owner` until `until` each of `ids` that is still `eligible` as it now stands (pending, due, not
   * claimed by another tab that is still there), unless the collector's pause still holds at `now`. Returns what it
   * claimed and the pause.
   */
  claim(
    ids: string[],
    owner: string,
    until: number,
    now: number,
    eligible: (entry: StoredEntry) => boolean,
  ): Promise<{ claimed: StoredEntry[]; pausedUntil: number }>;
  /** Extends `owner`'s claims on `ids` to `until`. */
  renew(ids: string[], owner: string, until: number): Promise<void>;
  /** Gives up `owner`'s claims on `ids`. */
  release(ids: string[], owner: string): Promise<void>;
  /** Records `owner`'s attempt: `next` replaces the entry, `undefined` deletes it. Skipped if another owner took it over. */
  settle(id: string, owner: string, next: StoredEntry | undefined): Promise<void>;
  /** Pauses every sender until `until`; a later pause already stored wins. */
  pause(until: number): Promise<void>;
  /** Until when the collector asked every sender to wait (0 when it never did). */
  pausedUntil(): Promise<number>;
  close(): void;
}

const byQueueOrder = (a: QueuedEntry, b: QueuedEntry) =>
  a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const unclaimed = ({ claim: _claim, ...entry }: StoredEntry): StoredEntry => entry;

/** The reads and writes the claim logic needs, inside one transaction where the storage has them. */
interface Access {
  get(id: string): Promise<StoredEntry | undefined>;
  put(entry: StoredEntry): void;
  delete(id: string): void;
  pausedUntil(): Promise<number>;
  setPause(until: number): void;
}

async function claimIn(access: Access, ...[ids, owner, until, now, eligible]: Parameters<QueueStore['claim']>) {
  const pausedUntil = await access.pausedUntil();
  const claimed: StoredEntry[] = [];
  if (pausedUntil > now) return { claimed, pausedUntil };
  for (const id of ids) {
    const entry = await access.get(id);
    if (!entry || !eligible(entry)) continue;
    const next = { ...entry, claim: { owner, until } };
    access.put(next);
    claimed.push(next);
  }
  return { claimed, pausedUntil };
}

async function renewIn(access: Access, ids: string[], owner: string, until: number | undefined): Promise<void> {
  for (const id of ids) {
    const entry = await access.get(id);
    if (entry?.claim?.owner !== owner) continue;
    access.put(until === undefined ? unclaimed(entry) : { ...entry, claim: { owner, until } });
  }
}

async function settleIn(access: Access, id: string, owner: string, next: StoredEntry | undefined): Promise<void> {
  const current = await access.get(id);
  // Gone: another tab delivered it. A delivery removes it even from another tab's hands; a failure does not.
  if (!current || (next && current.claim && current.claim.owner !== owner)) return;
  if (next) access.put(unclaimed(next));
  else access.delete(id);
}

async function pauseIn(access: Access, until: number): Promise<void> {
  if (until > (await access.pausedUntil())) access.setPause(until);
}

/** The claim logic over one `Access` per call, which is how every storage below implements it. */
function claimsOver(
  transaction: <T>(work: (access: Access) => Promise<T>) => Promise<T>,
): Pick<QueueStore, 'claim' | 'renew' | 'release' | 'settle' | 'pause' | 'pausedUntil'> {
  return {
    claim: (...args) => transaction((access) => claimIn(access, ...args)),
    renew: (ids, owner, until) => transaction((access) => renewIn(access, ids, owner, until)),
    release: (ids, owner) => transaction((access) => renewIn(access, ids, owner, undefined)),
    settle: (id, owner, next) => transaction((access) => settleIn(access, id, owner, next)),
    pause: (until) => transaction((access) => pauseIn(access, until)),
    pausedUntil: () => transaction((access) => access.pausedUntil()),
  };
}

/** Memory: lost with the page, so only a last resort (and the natural choice on a server). */
export function createMemoryStore(): QueueStore {
  const entries = new Map<string, StoredEntry>();
  let pausedUntil = 0;
  const copy = (entry: StoredEntry): StoredEntry => structuredClone(entry);
  const access: Access = {
    get: async (id) => {
      const entry = entries.get(id);
      return entry && copy(entry);
    },
    put: (entry) => void entries.set(entry.id, copy(entry)),
    delete: (id) => void entries.delete(id),
    pausedUntil: async () => pausedUntil,
    setPause: (until) => void (pausedUntil = until),
  };
  return {
    kind: 'memory',
    list: async () => [...entries.values()].map(copy).sort(byQueueOrder),
    get: access.get,
    put: async (entry) => access.put(entry),
    delete: async (id) => access.delete(id),
    count: async () => entries.size,
    ...claimsOver((work) => work(access)),
    close: () => {},
  };
}

function parse<T>(raw: string | null): T | undefined {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

/** Throws when localStorage is missing or refuses writes (Safari private mode, storage disabled, a server). */
export function probeLocalStorage(): Storage {
  const storage = globalThis.localStorage;
  if (!storage) throw new Error('localStorage is not available here');
  const probe = '__samspill-feedback-probe__';
  storage.setItem(probe, '1');
  storage.removeItem(probe);
  return storage;
}

/**
 * localStorage: one key per entry, so two tabs writing different entries never overwrite each other. Its claims are
 * best effort (tabs see each other's writes with a delay), which is why the server deduplicates as well.
 */
export function createLocalStorageStore(prefix: string): QueueStore {
  const storage = probeLocalStorage();
  const entryPrefix = `${prefix}:entry:`;
  const pauseKey = `${prefix}:paused-until`;
  const keys = () => {
    const found: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(entryPrefix)) found.push(key);
    }
    return found;
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const access: Access = {
    get: async (id) => parse<StoredEntry>(storage.getItem(entryPrefix + id)),
    put: (entry) => storage.setItem(entryPrefix + entry.id, JSON.stringify(entry)),
    delete: (id) => storage.removeItem(entryPrefix + id),
    pausedUntil: async () => parse<number>(storage.getItem(pauseKey)) ?? 0,
    setPause: (until) => storage.setItem(pauseKey, JSON.stringify(until)),
  };
  const claims = claimsOver((work) => work(access));
  return {
    kind: 'localstorage',
    list: async () =>
      keys()
        .map((key) => parse<StoredEntry>(storage.getItem(key)))
        .filter((entry): entry is StoredEntry => entry !== undefined)
        .sort(byQueueOrder),
    get: access.get,
    put: async (entry) => access.put(entry),
    delete: async (id) => access.delete(id),
    count: async () => keys().length,
    ...claims,
    claim: async (...args) => {
      const { claimed, pausedUntil } = await claims.claim(...args);
      if (claimed.length === 0) return { claimed, pausedUntil };
      // Read back after a moment: of two tabs that claimed an entry at once, the one whose write stuck sends it.
      await sleep(25);
      const kept = claimed.filter(
        (entry) => parse<StoredEntry>(storage.getItem(entryPrefix + entry.id))?.claim?.owner === args[1],
      );
      return { claimed: kept, pausedUntil };
    },
    close: () => {},
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

const ENTRIES = 'entries';
const META = 'meta';

/** IndexedDB: durable and shared by every tab of the origin; its readwrite transactions make the claims exact. */
export async function createIndexedDbStore(databaseName: string): Promise<QueueStore> {
  const factory = globalThis.indexedDB;
  if (!factory) throw new Error('IndexedDB is not available here');
  const open = factory.open(databaseName, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains(ENTRIES)) db.createObjectStore(ENTRIES, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
  };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
    open.onblocked = () => reject(new Error('IndexedDB is blocked by an older version open in another tab'));
  });
  // Let a newer version of the page upgrade the database instead of being blocked by this tab.
  db.onversionchange = () => db.close();

  async function run<T>(
    stores: string[],
    mode: IDBTransactionMode,
    work: (tx: IDBTransaction) => Promise<T> | T,
  ): Promise<T> {
    const tx = db.transaction(stores, mode);
    const finished = done(tx);
    const result = await work(tx);
    await finished;
    return result;
  }

  const claims = claimsOver((work) =>
    run([ENTRIES, META], 'readwrite', (tx) => {
      const entries = tx.objectStore(ENTRIES);
      const meta = tx.objectStore(META);
      return work({
        get: (id) => request(entries.get(id) as IDBRequest<StoredEntry | undefined>),
        put: (entry) => void entries.put(entry),
        delete: (id) => void entries.delete(id),
        pausedUntil: async () => ((await request(meta.get('paused-until'))) as number | undefined) ?? 0,
        setPause: (until) => void meta.put(until, 'paused-until'),
      });
    }),
  );

  return {
    kind: 'indexeddb',
    list: async () =>
      (
        await run([ENTRIES], 'readonly', (tx) => request(tx.objectStore(ENTRIES).getAll() as IDBRequest<StoredEntry[]>))
      ).sort(byQueueOrder),
    get: (id) =>
      run([ENTRIES], 'readonly', (tx) =>
        request(tx.objectStore(ENTRIES).get(id) as IDBRequest<StoredEntry | undefined>),
      ),
    put: (entry) => run([ENTRIES], 'readwrite', (tx) => void tx.objectStore(ENTRIES).put(entry)),
    delete: (id) => run([ENTRIES], 'readwrite', (tx) => void tx.objectStore(ENTRIES).delete(id)),
    count: () => run([ENTRIES], 'readonly', (tx) => request(tx.objectStore(ENTRIES).count())),
    ...claims,
    close: () => db.close(),
  };
}

/** The storage a client asked for, or the next one down, with the reason each better one was passed over. */
export interface OpenedStore {
  store: QueueStore;
  /** Set when the store is not the one asked for. */
  fallbackReason?: string;
}

const ORDER: QueueStorageKind[] = ['indexeddb', 'localstorage', 'memory'];

/** Opens the preferred storage, falling back IndexedDB → localStorage → memory. Never rejects. */
export async function openQueueStore(preferred: 'auto' | QueueStorageKind, databaseName: string): Promise<OpenedStore> {
  const reasons: string[] = [];
  for (const kind of ORDER.slice(ORDER.indexOf(preferred === 'auto' ? 'indexeddb' : preferred))) {
    try {
      const store =
        kind === 'indexeddb'
          ? await createIndexedDbStore(databaseName)
          : kind === 'localstorage'
            ? createLocalStorageStore(databaseName)
            : createMemoryStore();
      return reasons.length === 0 ? { store } : { store, fallbackReason: reasons.join('; ') };
    } catch (error) {
      reasons.push(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Unreachable: the memory store cannot fail to open.
  return { store: createMemoryStore(), fallbackReason: reasons.join('; ') };
}

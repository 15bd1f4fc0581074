// The durable queue's storage: IndexedDB, localStorage, or memory, each behind the same small interface. Nothing
// here touches a browser global until a store is opened.
import type { QueuedEntry, QueueStorageKind } from './types.js';

/** What the client needs from a storage: entries by id, and a cross-tab lease for when Web Locks are missing. */
export interface QueueStore {
  readonly kind: QueueStorageKind;
  list(): Promise<QueuedEntry[]>;
  get(id: string): Promise<QueuedEntry | undefined>;
  put(entry: QueuedEntry): Promise<void>;
  delete(id: string): Promise<void>;
  count(): Promise<number>;
  /** Takes (or renews) the flush lease for `owner` until `until` unless another owner holds an unexpired one. */
  acquireLease(owner: string, until: number, now: number): Promise<boolean>;
  releaseLease(owner: string): Promise<void>;
  close(): void;
}

interface Lease {
  owner: string;
  until: number;
}

const byQueueOrder = (a: QueuedEntry, b: QueuedEntry) => a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Memory: lost with the page, so only a last resort (and the natural choice on a server). */
export function createMemoryStore(): QueueStore {
  const entries = new Map<string, QueuedEntry>();
  let lease: Lease | undefined;
  const copy = (entry: QueuedEntry): QueuedEntry => structuredClone(entry);
  return {
    kind: 'memory',
    list: async () => [...entries.values()].map(copy).sort(byQueueOrder),
    get: async (id) => {
      const entry = entries.get(id);
      return entry && copy(entry);
    },
    put: async (entry) => void entries.set(entry.id, copy(entry)),
    delete: async (id) => void entries.delete(id),
    count: async () => entries.size,
    acquireLease: async (owner, until, now) => {
      if (lease && lease.owner !== owner && lease.until > now) return false;
      lease = { owner, until };
      return true;
    },
    releaseLease: async (owner) => {
      if (lease?.owner === owner) lease = undefined;
    },
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
 * localStorage: one key per entry, so two tabs writing different entries never overwrite each other. Its lease is
 * best effort (tabs see each other's writes with a delay), which is why the server deduplicates as well.
 */
export function createLocalStorageStore(prefix: string): QueueStore {
  const storage = probeLocalStorage();
  const entryPrefix = `${prefix}:entry:`;
  const leaseKey = `${prefix}:flush-lease`;
  const keys = () => {
    const found: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(entryPrefix)) found.push(key);
    }
    return found;
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    kind: 'localstorage',
    list: async () =>
      keys()
        .map((key) => parse<QueuedEntry>(storage.getItem(key)))
        .filter((entry): entry is QueuedEntry => entry !== undefined)
        .sort(byQueueOrder),
    get: async (id) => parse<QueuedEntry>(storage.getItem(entryPrefix + id)),
    put: async (entry) => storage.setItem(entryPrefix + entry.id, JSON.stringify(entry)),
    delete: async (id) => storage.removeItem(entryPrefix + id),
    count: async () => keys().length,
    acquireLease: async (owner, until, now) => {
      const current = parse<Lease>(storage.getItem(leaseKey));
      if (current && current.owner !== owner && current.until > now) return false;
      storage.setItem(leaseKey, JSON.stringify({ owner, until } satisfies Lease));
      // Read back after a moment: of two tabs that wrote at once, the one whose write stuck goes ahead.
      await sleep(25);
      return parse<Lease>(storage.getItem(leaseKey))?.owner === owner;
    },
    releaseLease: async (owner) => {
      if (parse<Lease>(storage.getItem(leaseKey))?.owner === owner) storage.removeItem(leaseKey);
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

/** IndexedDB: durable and shared by every tab of the origin; its readwrite transactions make the lease exact. */
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

  async function run<T>(stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => Promise<T> | T): Promise<T> {
    const tx = db.transaction(stores, mode);
    const finished = done(tx);
    const result = await work(tx);
    await finished;
    return result;
  }

  return {
    kind: 'indexeddb',
    list: async () => (await run([ENTRIES], 'readonly', (tx) => request(tx.objectStore(ENTRIES).getAll() as IDBRequest<QueuedEntry[]>))).sort(byQueueOrder),
    get: (id) => run([ENTRIES], 'readonly', (tx) => request(tx.objectStore(ENTRIES).get(id) as IDBRequest<QueuedEntry | undefined>)),
    put: (entry) => run([ENTRIES], 'readwrite', (tx) => void tx.objectStore(ENTRIES).put(entry)),
    delete: (id) => run([ENTRIES], 'readwrite', (tx) => void tx.objectStore(ENTRIES).delete(id)),
    count: () => run([ENTRIES], 'readonly', (tx) => request(tx.objectStore(ENTRIES).count())),
    acquireLease: (owner, until, now) =>
      run([META], 'readwrite', async (tx) => {
        const meta = tx.objectStore(META);
        const current = (await request(meta.get('flush-lease'))) as Lease | undefined;
        if (current && current.owner !== owner && current.until > now) return false;
        meta.put({ owner, until } satisfies Lease, 'flush-lease');
        return true;
      }),
    releaseLease: (owner) =>
      run([META], 'readwrite', async (tx) => {
        const meta = tx.objectStore(META);
        const current = (await request(meta.get('flush-lease'))) as Lease | undefined;
        if (current?.owner === owner) meta.delete('flush-lease');
      }),
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
      const store = kind === 'indexeddb' ? await createIndexedDbStore(databaseName) : kind === 'localstorage' ? createLocalStorageStore(databaseName) : createMemoryStore();
      return reasons.length === 0 ? { store } : { store, fallbackReason: reasons.join('; ') };
    } catch (error) {
      reasons.push(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Unreachable: the memory store cannot fail to open.
  return { store: createMemoryStore(), fallbackReason: reasons.join('; ') };
}

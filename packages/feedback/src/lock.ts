import type { QueueStore } from './storage.js';

/** Runs `work` while no other tab (or other flush in this tab) of the same queue is flushing. */
export type FlushLock = <T>(work: (renew: () => Promise<boolean>) => Promise<T>) => Promise<T>;

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * Web Locks where the browser has them (exact, released if the tab dies); otherwise a lease in the queue's own
 * storage, renewed before every request and expiring after `leaseMs` if its tab goes away mid-flush.
 */
export function createFlushLock(name: string, store: QueueStore, options: { leaseMs: number; now: () => number; random: () => number }): FlushLock {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (typeof locks?.request === 'function') {
    return (work) => locks.request(name, () => work(async () => true));
  }
  const owner = `${options.now().toString(36)}-${options.random().toString(36).slice(2)}`;
  // Flushes in this tab wait for each other here, so only one of them competes for the lease.
  let tail: Promise<unknown> = Promise.resolve();
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return (work) => {
    const run = tail.then(async () => {
      while (!(await store.acquireLease(owner, options.now() + options.leaseMs, options.now()))) {
        await sleep(50 + options.random() * 100);
      }
      try {
        return await work(() => store.acquireLease(owner, options.now() + options.leaseMs, options.now()));
      } finally {
        await store.releaseLease(owner);
      }
    });
    tail = run.catch(() => {});
    return run;
  };
}

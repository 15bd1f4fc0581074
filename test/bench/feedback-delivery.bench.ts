// The feedback client's delivery, with its default settings, against a loopback collector that fails on purpose:
// 20% of requests answer 503, 10% answer 429 with Retry-After: 1, 15% lose their connection (a third of those after
// the entry was stored), 5% answer after 3 s, and the port closes for 3 s of every 15 s. 200 entries are submitted
// in ten bursts of 20, one a second; an entry refused because the queue is full is submitted again a second later.
// Prints drain time, requests per entry, duplicate deliveries, the longest submit() wait and requests inside a
// Retry-After window. Takes a minute or two.
// Run: pnpm exec vitest bench --run --project node test/bench/feedback-delivery.bench.ts
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bench, describe } from 'vitest';
import { createFeedbackClient, type FeedbackError } from '../../packages/feedback/src/index.js';

const ENTRIES = 200;
const BURSTS = 10;
const GIVE_UP_MS = 300_000;

/** Deterministic faults, so two runs meet the same mix. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The collector: stores each idempotency key once, and injects the fault mix. */
class FlakyCollector {
  readonly stored = new Map<string, number>();
  requests = 0;
  duplicates = 0;
  private server: Server | undefined;
  private readonly roll = seeded(17);
  private port = 0;
  private cycle: ReturnType<typeof setInterval> | undefined;

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}/v1/feedback`;
  }

  async start(): Promise<void> {
    await this.up();
    this.port = (this.server!.address() as AddressInfo).port;
    // Closed for 3 s of every 15 s.
    this.cycle = setInterval(() => {
      void this.down()
        .then(() => sleep(3000))
        .then(() => this.up());
    }, 15_000);
  }

  async stop(): Promise<void> {
    clearInterval(this.cycle);
    await this.down();
  }

  private async up(): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    this.server = server;
  }

  private async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.close();
    server.closeAllConnections();
    await once(server, 'close');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const key = String(req.headers['idempotency-key'] ?? '');
    this.requests += 1;
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return;
    }
    const roll = this.roll();
    if (roll < 0.2) return void res.writeHead(503).end();
    if (roll < 0.3) return void res.writeHead(429, { 'Retry-After': '1' }).end();
    if (roll < 0.4) return void req.socket.destroy();
    const seen = this.stored.get(key) ?? 0;
    this.stored.set(key, seen + 1);
    if (seen > 0) this.duplicates += 1;
    if (roll < 0.45) return void req.socket.destroy();
    if (roll < 0.5) await sleep(3000);
    if (!res.destroyed) res.writeHead(seen > 0 ? 200 : 201, { 'Content-Type': 'application/json' }).end('{}');
  }
}

interface Figures {
  drainMs: number;
  delivered: number;
  requestsPerEntry: number;
  attemptsPerEntry: number;
  duplicates: number;
  longestSubmitMs: number;
  insideRetryAfter: number;
  refusedQueueFull: number;
}

async function run(): Promise<Figures> {
  const collector = new FlakyCollector();
  await collector.start();
  // Seen from the client: when each request left, and the windows Retry-After answers opened.
  const starts: number[] = [];
  const windows: [number, number][] = [];
  const fetchWatched: typeof fetch = async (input, init) => {
    starts.push(Date.now());
    const response = await fetch(input, init);
    const seconds = Number(response.headers.get('Retry-After'));
    if (response.headers.has('Retry-After')) windows.push([Date.now(), Date.now() + seconds * 1000]);
    return response;
  };
  const client = createFeedbackClient({ endpoint: collector.endpoint, fetch: fetchWatched });
  await client.ready;

  const ids: string[] = [];
  let longestSubmitMs = 0;
  let refusedQueueFull = 0;
  const submitting: Promise<void>[] = [];
  const submit = async (n: number): Promise<void> => {
    for (;;) {
      const began = performance.now();
      try {
        const result = await client.submit({ kind: 'comment', comment: `Svar nummer ${n}`, locale: 'nb-NO' });
        longestSubmitMs = Math.max(longestSubmitMs, performance.now() - began);
        ids.push(result.payload.id);
        return;
      } catch (error) {
        longestSubmitMs = Math.max(longestSubmitMs, performance.now() - began);
        if ((error as FeedbackError).code !== 'queue-full') throw error;
        refusedQueueFull += 1;
        await sleep(1000);
      }
    }
  };
  for (let burst = 0; burst < BURSTS; burst += 1) {
    for (let i = 0; i < ENTRIES / BURSTS; i += 1) submitting.push(submit(burst * (ENTRIES / BURSTS) + i));
    if (burst < BURSTS - 1) await sleep(1000);
  }
  const lastSubmit = performance.now();
  await Promise.all(submitting);
  while (ids.some((id) => !collector.stored.has(id)) && performance.now() - lastSubmit < GIVE_UP_MS) await sleep(100);
  const drainMs = performance.now() - lastSubmit;
  client.close();
  await collector.stop();

  return {
    drainMs,
    delivered: ids.filter((id) => collector.stored.has(id)).length,
    requestsPerEntry: collector.requests / ENTRIES,
    attemptsPerEntry: starts.length / ENTRIES,
    duplicates: collector.duplicates,
    longestSubmitMs,
    insideRetryAfter: starts.filter((at) => windows.some(([from, to]) => at > from && at < to)).length,
    refusedQueueFull,
  };
}

describe('feedback delivery under the fault mix (default settings)', () => {
  bench(
    `${ENTRIES} entries in ${BURSTS} bursts`,
    async () => {
      const figures = await run();
      console.log(
        [
          `drain time after the last submit: ${(figures.drainMs / 1000).toFixed(1)} s`,
          `delivered: ${figures.delivered} of ${ENTRIES}`,
          `requests per entry: ${figures.requestsPerEntry.toFixed(2)} reaching the collector, ${figures.attemptsPerEntry.toFixed(2)} made by the client`,
          `duplicate deliveries: ${figures.duplicates}`,
          `longest submit() wait: ${Math.round(figures.longestSubmitMs)} ms`,
          `requests sent inside a Retry-After window: ${figures.insideRetryAfter}`,
          `submits refused as queue-full (and submitted again): ${figures.refusedQueueFull}`,
        ].join('\n'),
      );
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});

// A real receiver, a page server on another loopback origin, and Chromium, for the feedback client's browser tests.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import type { FeedbackClient, FeedbackInput, FeedbackPayload, QueuedEntry } from '@samspill/feedback';
import type { PageEvent, SubmitOutcome } from './page.js';

export interface ReceivedRequest {
  key: string;
  via: 'fetch' | 'beacon';
  /** Date.now() when the request arrived and when it was answered. */
  at: number;
  respondedAt: number;
  status: number;
}

/** What a test can make the receiver answer instead of storing; `undefined` stores as usual, `'hang'` never answers. */
export type Override = (request: {
  key: string;
  via: 'fetch' | 'beacon';
  index: number;
}) => { status: number; headers?: Record<string, string>; body?: string } | 'hang' | undefined;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  // Without this a cross-origin page cannot read Retry-After.
  'Access-Control-Expose-Headers': 'Retry-After',
};

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  await once(probe, 'close');
  return port;
}

/**
 * The feedback endpoint: stores each idempotency key once (a repeat answers 200 without storing again), answers
 * CORS preflights, and can be taken down (port closed) and brought back on the same port.
 */
export class Receiver {
  readonly stored = new Map<string, FeedbackPayload>();
  readonly requests: ReceivedRequest[] = [];
  /** Requests whose client hung up before the whole body arrived (a closing page, or `down()` mid-request). */
  readonly aborted: { key: string; via: 'fetch' | 'beacon' }[] = [];
  /** What went wrong inside the receiver itself; a test run must end with none. */
  readonly faults: unknown[] = [];
  /** Requests held without an answer (until `down()`), as a collector that hangs. */
  readonly hanging: { key: string; via: 'fetch' | 'beacon' }[] = [];
  override: Override | undefined;
  private server: Server | undefined;
  private readonly handling = new Set<Promise<void>>();

  private constructor(readonly port: number) {}

  static async create(): Promise<Receiver> {
    return new Receiver(await freePort());
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}/v1/feedback?source=test`;
  }

  /** How many requests reached the server for `key`, counting ones cut off mid-body. */
  requestsFor(key: string): number {
    return [...this.requests, ...this.aborted].filter((request) => request.key === key).length;
  }

  async up(): Promise<void> {
    this.server = createServer((req, res) => {
      const handling = this.handle(req, res)
        .catch((error: unknown) => {
          this.faults.push(error);
          if (!res.headersSent) res.writeHead(500, CORS);
          res.end();
        })
        .finally(() => this.handling.delete(handling));
      this.handling.add(handling);
    });
    this.server.listen(this.port, '127.0.0.1');
    await once(this.server, 'listening');
  }

  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.close();
    server.closeAllConnections();
    await once(server, 'close');
    // Requests cut off by closing finish their bookkeeping before a test looks at it.
    await Promise.all(this.handling);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...CORS,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    const header = req.headers['idempotency-key'];
    const via = typeof header === 'string' ? 'fetch' : 'beacon';
    const key =
      typeof header === 'string'
        ? header
        : (new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('idempotency-key') ?? '');
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch (error) {
      // The client went away mid-request, so nothing is stored: the entry stays queued in the browser.
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') throw error;
      this.aborted.push({ key, via });
      return;
    }
    const payload = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FeedbackPayload;
    const index = this.requests.filter((request) => request.key === key).length;
    const override = this.override?.({ key, via, index });
    if (override === 'hang') {
      this.hanging.push({ key, via });
      return;
    }
    const answer = override ?? (this.stored.has(key) ? { status: 200, body: '{"duplicate":true}' } : undefined);
    if (!answer) this.stored.set(key, payload);
    const { status, headers = {}, body = '{"stored":true}' } = answer ?? { status: 201 };
    res.writeHead(status, { ...CORS, 'Content-Type': 'application/json', ...headers });
    res.end(body);
    this.requests.push({ key, via, at, respondedAt: Date.now(), status });
  }
}

/** Serves the test page and its bundled script on its own origin. */
export class PageServer {
  private constructor(private readonly server: Server) {}

  static async create(): Promise<PageServer> {
    const bundled = await build({
      entryPoints: [fileURLToPath(new URL('./page.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
      // The client's TypeScript source, as the other tests use it.
      conditions: ['samspill-source'],
    });
    const script = bundled.outputFiles[0]!.text;
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/page.js')) {
        res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
        res.end(script);
      } else {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(
          '<!doctype html><html lang="en"><title>Feedback test</title><script type="module" src="/page.js"></script><h1>Feedback test</h1>',
        );
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return new PageServer(server);
  }

  url(config: Record<string, unknown>): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/receipt/step-3?config=${encodeURIComponent(JSON.stringify(config))}#top`;
  }

  async close(): Promise<void> {
    this.server.close();
    this.server.closeAllConnections();
    await once(this.server, 'close');
  }
}

// The audit's launcher: the one place that finds Chromium and says how to install it when there is none.
export { launchChromium } from '@samspill/audit';

/** A page with the client loaded from `url`, and typed access to it. */
export class FeedbackPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, url: string): Promise<FeedbackPage> {
    const page = await context.newPage();
    const opened = new FeedbackPage(page);
    await page.goto(url);
    await opened.loaded();
    return opened;
  }

  async loaded(): Promise<void> {
    await this.page.waitForFunction(() => 'feedbackTest' in window);
    await this.page.evaluate(
      () => (window as unknown as { feedbackTest: { client: FeedbackClient } }).feedbackTest.client.ready,
    );
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.loaded();
  }

  submit(input: FeedbackInput): Promise<SubmitOutcome> {
    return this.page.evaluate(
      (value) =>
        (
          window as unknown as { feedbackTest: { submit(input: FeedbackInput): Promise<SubmitOutcome> } }
        ).feedbackTest.submit(value),
      input,
    );
  }

  flush(): Promise<void> {
    return this.page.evaluate(() =>
      (window as unknown as { feedbackTest: { client: FeedbackClient } }).feedbackTest.client.flush(),
    );
  }

  entries(): Promise<QueuedEntry[]> {
    return this.page.evaluate(() =>
      (window as unknown as { feedbackTest: { client: FeedbackClient } }).feedbackTest.client.entries(),
    );
  }

  discard(id: string): Promise<void> {
    return this.page.evaluate(
      (value) => (window as unknown as { feedbackTest: { client: FeedbackClient } }).feedbackTest.client.discard(value),
      id,
    );
  }

  storage(): Promise<string> {
    return this.page.evaluate(
      () => (window as unknown as { feedbackTest: { client: FeedbackClient } }).feedbackTest.client.storage,
    );
  }

  events(): Promise<PageEvent[]> {
    return this.page.evaluate(
      () => (window as unknown as { feedbackTest: { events: PageEvent[] } }).feedbackTest.events,
    );
  }
}

// The feedback client's public contract. The JSON Schema in `schema/feedback.schema.json` describes the same
// payload; a test keeps the two in step.

/** What the customer answered. */
export type FeedbackKind = 'helpful' | 'csat' | 'ces' | 'nps' | 'comment';

/** The ends of a score's scale, sent with the score so a receiver never has to guess it. */
export interface FeedbackScale {
  min: number;
  max: number;
}

/**
 * Where the feedback came from and who should see it, so one signal reaches every team that can act on it.
 * Free-form on purpose: each organisation names its own journeys and teams. Scrubbed of personal data like the comment.
 */
export interface FeedbackRouting {
  /** The channel the customer used, e.g. "web", "app", "chat". */
  channel?: string;
  /** The customer journey, e.g. "move-house" or "claim". */
  journey?: string;
  /** The step in the journey, e.g. "receipt-page". */
  touchpoint?: string;
  /** The teams that receive it, e.g. ["product", "web", "customer-service", "marketing"]. */
  teams?: string[];
}

/** What a widget or a team's own code hands to `submit`. */
export interface FeedbackInput extends FeedbackRouting {
  kind: FeedbackKind;
  /** helpful: 1 = yes, 0 = no; csat 1-5; ces 1-7; nps 0-10. Required for every kind except "comment". */
  score?: number;
  /** Free text. Personal data is scrubbed before it is stored or sent. */
  comment?: string;
  /** Ids of the reasons picked in a "what went wrong" list. */
  reasons?: string[];
  /** BCP 47 tag of the language the customer used, e.g. "nb-NO". */
  locale: string;
  /** The page; defaults to `location.href`. The query string and hash are always removed. */
  page?: string;
}

/** What is stored and sent: one entry, as its JSON Schema describes it. */
export interface FeedbackPayload {
  /** The entry's id, also its idempotency key. */
  id: string;
  kind: FeedbackKind;
  score?: number;
  scale?: FeedbackScale;
  comment?: string;
  reasons?: string[];
  locale: string;
  channel?: string;
  journey?: string;
  touchpoint?: string;
  teams: string[];
  page?: string;
  /** ISO 8601 in UTC. */
  createdAt: string;
  schemaVersion: 1;
}

/** What `submit` came to: sent now, or safely queued to be sent later (offline, server down, retrying). */
export interface SubmitResult {
  status: 'sent' | 'queued';
  payload: FeedbackPayload;
}

/** Where the queue lives. */
export type QueueStorageKind = 'indexeddb' | 'localstorage' | 'memory';

/**
 * The one thing a widget needs from a client: a way to submit. `FeedbackClient` implements it; a team with its
 * own pipeline can pass anything that does.
 */
export interface FeedbackSender {
  /**
   * Scrubs, validates, queues durably, then tries to send. Resolves `'sent'` or `'queued'` (kept, will be sent).
   * Rejects with a `FeedbackError` when the input is bad (the message names the field), when the queue is full and
   * the entry could not be sent straight away, or when the endpoint refused it with a 4xx that retrying cannot fix
   * (the entry stays inspectable in the queue). A widget keeps what the user entered in every one of these cases.
   */
  submit(input: FeedbackInput): Promise<SubmitResult>;
}

/** Where an entry stands: waiting to be sent, refused by the server, or given up on after `retry.maxAttempts`. */
export type QueuedEntryState = 'pending' | 'rejected' | 'failed';

/** One entry in the durable queue, as `FeedbackClient.entries()` lists it. */
export interface QueuedEntry {
  /** Same as `payload.id` and the idempotency key. */
  id: string;
  payload: FeedbackPayload;
  state: QueuedEntryState;
  /** Delivery attempts that reached the network and failed. */
  attempts: number;
  /** Epoch milliseconds; the entry is not retried before this (except by `flush()`, `online` and a new page). */
  nextAttemptAt: number;
  /** Epoch milliseconds when it was queued. */
  queuedAt: number;
  /** Why the last attempt failed: the HTTP status (0 for a network error or timeout) and the server's answer. */
  lastError?: { status: number; message: string; responseText?: string; at: number };
}

/** How failed deliveries are retried: exponential backoff with jitter, `Retry-After` honoured. */
export interface FeedbackRetryOptions {
  /** The first retry waits between half and all of this; at least 100. @default 1000 */
  baseDelayMs?: number;
  /** No backoff step waits longer than this (a server's `Retry-After` may); at least 5000. @default 300000 */
  maxDelayMs?: number;
  /** After this many failed attempts an entry is kept as `failed` and reported through `onError`. @default Infinity */
  maxAttempts?: number;
  /** A request that has not answered after this long counts as a network error; at least 1000. @default 15000 */
  requestTimeoutMs?: number;
}

/** What `onQueueFull` is told: the entry that did not fit, and how full the queue is. */
export interface QueueFullEvent {
  payload: FeedbackPayload;
  queued: number;
  maxEntries: number;
}

// The test page's script: creates a client from the options in `?config=` (as a page would on every load) and
// records what the client reports, for the test to read through `window.feedbackTest`.
import { createFeedbackClient, type FeedbackError, type FeedbackInput } from '@samspill/feedback';

export type PageEvent =
  | { type: 'error'; code: string; status: number | undefined; message: string; id: string | undefined }
  | { type: 'fallback'; kind: string; reason: string }
  | { type: 'queue-full'; id: string; queued: number; maxEntries: number }
  | { type: 'sent'; id: string };

export type SubmitOutcome =
  { status: 'sent' | 'queued'; id: string } | { error: string; message: string; id: string | undefined };

const config = JSON.parse(new URLSearchParams(location.search).get('config') ?? '{}') as { endpoint: string };
const events: PageEvent[] = [];
const client = createFeedbackClient({
  ...config,
  onError: (error) =>
    events.push({
      type: 'error',
      code: error.code,
      status: error.status,
      message: error.message,
      id: error.payload?.id,
    }),
  onStorageFallback: (kind, reason) => events.push({ type: 'fallback', kind, reason }),
  onQueueFull: (event) =>
    events.push({ type: 'queue-full', id: event.payload.id, queued: event.queued, maxEntries: event.maxEntries }),
  onSent: (payload) => events.push({ type: 'sent', id: payload.id }),
});

async function submit(input: FeedbackInput): Promise<SubmitOutcome> {
  try {
    const result = await client.submit(input);
    return { status: result.status, id: result.payload.id };
  } catch (error) {
    const failure = error as FeedbackError;
    return { error: failure.code, message: failure.message, id: failure.payload?.id };
  }
}

Object.assign(window, { feedbackTest: { client, events, submit } });

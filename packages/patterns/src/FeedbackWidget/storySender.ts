// The real feedback client for stories, talking to a pretend endpoint through its `fetch` option, so what the
// stories show is what a team's endpoint would receive: scrubbed, validated, with its idempotency key.
// Not exported from the package.
import { createElement, useId } from 'react';
import { createFeedbackClient, type FeedbackClient, type FeedbackPayload } from '@samspill/feedback';

export interface StorySenderOptions {
  /**
   * How the pretend endpoint answers: `'accept'` with 202; `'offline'` as a network failure, so the entry waits in
   * the queue; `'refuse'` with a 400, as an endpoint does with a payload it cannot take.
   * @default 'accept'
   */
  endpoint?: 'accept' | 'offline' | 'refuse';
  /** How long the endpoint takes to answer, in milliseconds. @default 0 */
  delayMs?: number;
}

let clients = 0;

export function createStorySender({ endpoint = 'accept', delayMs = 0 }: StorySenderOptions = {}): FeedbackClient {
  clients += 1;
  return createFeedbackClient({
    endpoint: 'https://feedback.example.com/v1/entries',
    // Memory: a story must not leave entries behind in the browser for the next one to send.
    storage: 'memory',
    databaseName: `samspill-story-${clients}`,
    // An offline story retries only once a minute, to keep the browser quiet.
    retry: { baseDelayMs: 60_000 },
    fetch: async () => {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (endpoint === 'offline') throw new TypeError('Failed to fetch');
      if (endpoint === 'refuse')
        return new Response('{"error":"The payload does not match the schema."}', { status: 400 });
      return new Response(null, { status: 202 });
    },
  });
}

/** Shows a sent payload below a widget in the "Payload it sends" stories. */
export function PayloadFigure({ payload }: { payload: FeedbackPayload }) {
  const captionId = useId();
  return createElement(
    'figure',
    { style: { margin: 0 }, 'aria-labelledby': captionId },
    createElement('figcaption', { id: captionId, style: { fontWeight: 600 } }, 'The payload it sent'),
    createElement(
      'pre',
      { style: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } },
      JSON.stringify(payload, null, 2),
    ),
  );
}

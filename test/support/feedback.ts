import { vi } from 'vitest';
import type { FeedbackInput, FeedbackSender, SubmitResult } from '@samspill/feedback';

/** A stand-in client for widget tests: records what the widget submits and answers as the real client would. */
export function fakeSender(status: SubmitResult['status'] = 'sent') {
  return {
    submit: vi.fn(async (input: FeedbackInput): Promise<SubmitResult> => ({
      status,
      payload: {
        id: 'test-1',
        ...input,
        teams: input.teams ?? [],
        createdAt: '2026-11-24T14:00:00.000Z',
        schemaVersion: 1,
      },
    })),
  } satisfies FeedbackSender;
}

export { createFeedbackClient, type FeedbackClient, type FeedbackClientOptions } from './client.js';
export { FeedbackError, type FeedbackErrorCode } from './errors.js';
export { SCALES, SCHEMA_VERSION } from './validate.js';
export { scrubPersonalData, scrubPlaceholders } from './scrub/index.js';
export type * from './scrub/index.js';
export type * from './types.js';

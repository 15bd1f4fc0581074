export {
  HelpfulFeedback,
  helpfulFeedbackReasonIds,
  type FeedbackReason,
  type HelpfulFeedbackProps,
} from './HelpfulFeedback.js';

export { RatingFeedback, type RatingFeedbackProps, type RatingType } from './RatingFeedback.js';

export * from './LegalNotice/index.js';
export * from './TermsAcceptance/index.js';
export * from './contact/index.js';
export * from './ContactOptions/index.js';
export * from './HelpLink/index.js';
export * from './CallbackRequest/index.js';
export * from './ServiceStatusBanner/index.js';
export * from './HelpfulFeedback/index.js';
export * from './RatingFeedback/index.js';
export {
  patternCatalogueFor,
  patternCatalogues,
  patternTranslator,
  usePatternMessages,
  type PatternMessageKey,
  type PatternMessages,
} from './locales/deprecated.js';

export * from './LegalNotice/index.js';
export * from './TermsAcceptance/index.js';
export { patternCatalogueFor, patternCatalogues, usePatternMessages, type PatternMessageKey, type PatternMessages } from './locales/index.js';

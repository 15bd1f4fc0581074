export {
  analyze,
  lineIndex,
  splitSentences,
  words,
  type Analysis,
  type AnalyzeOptions,
  type LegaleseMatch,
  type SentenceInfo,
  type TextRange,
} from './analyze.js';
export { lint, lintText, type LintFinding, type LintOptions, type LintResult, type LintRule } from './lint.js';
export {
  builtInLocales,
  defaultLixThreshold,
  resolveLocale,
  supportedLocales,
  type LegaleseEntry,
  type PlainLanguageLocale,
} from './locales.js';

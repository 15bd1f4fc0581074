import { analyze, lineIndex } from './analyze.js';
import { LOCALE_DATA, resolveLocale } from './locales.js';

export type LintRule = 'long-sentence' | 'legalese' | 'lix-too-high';

export interface LintFinding {
  rule: LintRule;
  /** What was found, in a sentence. */
  message: string;
  /** What to do about it, for someone who is not a language expert. */
  hint: string;
  severity: 'warning' | 'error';
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
}

export interface LintOptions {
  locale: string;
  /** Sentences with more words than this get a finding. Defaults per locale (25; 20 for Finnish). */
  maxSentenceWords?: number;
  /** A whole text above this LIX gets a finding. Defaults to `defaultLixThreshold(locale)`. */
  maxLix?: number;
}

export interface LintResult {
  findings: LintFinding[];
  lix: number;
  maxLix: number;
}

/** Plain-language findings for a text: long sentences, legalese and a LIX above the threshold. */
export function lintText(text: string, options: LintOptions): LintResult {
  const locale = resolveLocale(options.locale);
  const maxSentenceWords = options.maxSentenceWords ?? LOCALE_DATA[locale].sentenceWords;
  const maxLix = options.maxLix ?? LOCALE_DATA[locale].lixThreshold;
  const analysis = analyze(text, { locale });
  const position = lineIndex(text);
  const endOf = (end: number) => {
    const { line, column } = position(end);
    return { endLine: line, endColumn: column };
  };
  const findings: LintFinding[] = [];
  for (const sentence of analysis.sentences) {
    if (sentence.wordCount <= maxSentenceWords) continue;
    findings.push({
      rule: 'long-sentence',
      message: `This sentence has ${sentence.wordCount} words; aim for at most ${maxSentenceWords}.`,
      hint: 'Split it in two: readers lose track of long sentences. Put the most important point first.',
      severity: 'warning',
      line: sentence.line,
      column: sentence.column,
      start: sentence.start,
      end: sentence.end,
      ...endOf(sentence.end),
    });
  }
  for (const match of analysis.legalese) {
    findings.push({
      rule: 'legalese',
      message: `"${match.phrase}" is legal or official language.`,
      hint: `Write it the way you would say it: ${match.suggestion}.`,
      severity: 'warning',
      line: match.line,
      column: match.column,
      start: match.start,
      end: match.end,
      ...endOf(match.end),
    });
  }
  if (analysis.wordCount > 0 && analysis.lix > maxLix) {
    findings.push({
      rule: 'lix-too-high',
      message: `The text has a LIX of ${analysis.lix}; the limit is ${maxLix}.`,
      hint: 'Use shorter sentences and everyday words. Long words (more than six letters) and long sentences raise the score.',
      severity: 'error',
      line: 1,
      column: 1,
      start: 0,
      end: 0,
      endLine: 1,
      endColumn: 1,
    });
  }
  findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
  return { findings, lix: analysis.lix, maxLix };
}

/** The findings of `lintText`. */
export function lint(text: string, options: LintOptions): LintFinding[] {
  return lintText(text, options).findings;
}

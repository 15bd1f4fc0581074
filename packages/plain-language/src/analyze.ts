import { LOCALE_DATA, resolveLocale, type PlainLanguageLocale } from './locales.js';

/** A place in the text: offsets into the string, and 1-based line and column for people. */
export interface TextRange {
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface SentenceInfo extends TextRange {
  text: string;
  wordCount: number;
}

export interface LegaleseMatch extends TextRange {
  phrase: string;
  suggestion: string;
}

export interface Analysis {
  locale: PlainLanguageLocale;
  sentenceCount: number;
  wordCount: number;
  /** Words of more than six letters: LIX's measure of hard words. */
  longWordCount: number;
  averageSentenceLength: number;
  /** Björnsson's readability index: words per sentence + 100 x long words / words. */
  lix: number;
  /** Flesch reading ease, for English only (undefined for other locales). */
  fleschReadingEase: number | undefined;
  /** The longest sentences, longest first (at most five). */
  longestSentences: SentenceInfo[];
  sentences: SentenceInfo[];
  legalese: LegaleseMatch[];
}

export interface AnalyzeOptions {
  locale: string;
}

// A word is letters (with combining marks), joined by hyphens or apostrophes ("e-post", "м'який", "don't") or by
// inner periods, so an abbreviation is one word ("e.g.", "f.eks.", "т.зв.").
// Numbers are not words: LIX measures how hard the language is, and "2026" or "1 299,50" are not language.
const WORD = /[\p{L}\p{M}]+(?:(?:['’ʼ\-‐]|\.(?=\p{L}))[\p{L}\p{M}]+)*/gu;
const LETTER = /\p{L}/gu;

export function words(text: string): { word: string; start: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index }));
}

export function letterCount(word: string): number {
  return word.match(LETTER)?.length ?? 0;
}

/**
 * The text with every line break written as LF, at the same offsets: CRLF becomes space + LF, a lone CR becomes LF.
 * Everything after this sees one kind of line break, and positions still point into the original text.
 */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, (ending) => (ending.length === 2 ? ' \n' : '\n'));
}

/** Maps offsets to 1-based lines and columns. LF, CRLF and CR each end a line. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

const STOPS = '.!?…';
const CLOSERS = '.!?…"»”’)';
const BLANK_LINE = /^\n[ \t]*\n/;
const SPACE = /\s/;
// Longer than any abbreviation: the token before a period is read from this many characters back at most.
const TOKEN_WINDOW = 24;

const endsWith = (token: string, abbreviations: string[]) =>
  abbreviations.some(
    (abbreviation) =>
      token.endsWith(abbreviation) && !/\p{L}/u.test(token[token.length - abbreviation.length - 1] ?? ''),
  );

/**
 * Splits text into sentences. A sentence ends at . ! ? or … followed by space and a new sentence, or at a blank
 * line (headings and list items without a full stop). A period does not end a sentence after an abbreviation that
 * leads into the next word ("e.g.", "bl.a."), after a single-letter initial, inside a number ("2.5", "1.299,50") or
 * before a lower-case word; after an abbreviation that can close a sentence ("100 kr.", "etc.") it ends one when
 * a capital letter follows. LF, CRLF and CR line breaks count the same. Linear in the length of the text.
 */
export function splitSentences(input: string, locale: PlainLanguageLocale): { start: number; end: number }[] {
  const { abbreviations, closingAbbreviations } = LOCALE_DATA[locale];
  const text = normalizeLineBreaks(input);
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    const slice = text.slice(start, end);
    const leading = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed && WORD.test(trimmed))
      sentences.push({ start: start + leading, end: start + leading + trimmed.length });
    WORD.lastIndex = 0;
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n' && BLANK_LINE.test(text.slice(i, i + 64))) {
      push(i);
      continue;
    }
    if (!STOPS.includes(char)) continue;
    // One decision for the whole run of stops and closing quotes ("?!", "...", ".»"), so a long run is read once.
    const stop = i;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    i = end - 1;
    if (end < text.length && !SPACE.test(text[end]!)) continue; // "2.5", "e.g." mid-token, "www.example.no"
    const next = /^\s*["«„“(]?(\S)/u.exec(text.slice(end, end + 64))?.[1];
    if (next !== undefined && /\p{Ll}/u.test(next)) continue; // lower case goes on: not a new sentence
    // Only a lone period can belong to an abbreviation or an initial: "etc.." and "kr.!" have ended the sentence.
    if (char === '.' && !/[.!?…]/.test(text.slice(stop + 1, end))) {
      const from = Math.max(0, stop - TOKEN_WINDOW);
      let tokenStart = stop;
      while (tokenStart > from && !SPACE.test(text[tokenStart - 1]!)) tokenStart--;
      const token = text.slice(tokenStart, stop + 1).replace(/^[("«„“]+/, '');
      const lower = token.toLowerCase();
      if (endsWith(lower, abbreviations)) continue;
      if (/^\p{Lu}\.$/u.test(token)) continue; // an initial: "K. Nordmann"
      if (endsWith(lower, closingAbbreviations) && !(next !== undefined && /\p{Lu}/u.test(next))) continue;
    }
    push(end);
  }
  push(text.length);
  return sentences;
}

/** English syllables by vowel groups, with the usual silent-e correction; good enough for Flesch. */
function englishSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  if (lower.length <= 3) return 1;
  const trimmed = lower.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

function findLegalese(
  text: string,
  locale: PlainLanguageLocale,
  position: (offset: number) => { line: number; column: number },
): LegaleseMatch[] {
  const lower = text.toLowerCase();
  const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{M}]/u.test(char);
  const found: LegaleseMatch[] = [];
  for (const { phrase, suggestion, stem } of LOCALE_DATA[locale].legalese) {
    for (let index = lower.indexOf(phrase); index !== -1; index = lower.indexOf(phrase, index + 1)) {
      if (isLetter(lower[index - 1])) continue;
      let end = index + phrase.length;
      // A stem takes any ending ("вищезазначен" matches "вищезазначеного"); a whole phrase must end there.
      if (stem) while (isLetter(lower[end])) end++;
      else if (isLetter(lower[end]) && isLetter(phrase.at(-1))) continue;
      found.push({ phrase: text.slice(index, end), suggestion, start: index, end, ...position(index) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Readability figures for a text in one of the supported locales. */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const locale = resolveLocale(options.locale);
  const position = lineIndex(text);
  const sentences: SentenceInfo[] = splitSentences(text, locale).map(({ start, end }) => {
    const sentence = text.slice(start, end);
    return { start, end, text: sentence, wordCount: words(sentence).length, ...position(start) };
  });
  const allWords = words(text);
  const wordCount = allWords.length;
  const longWordCount = allWords.filter(({ word }) => letterCount(word) > 6).length;
  const sentenceCount = sentences.length;
  const averageSentenceLength = sentenceCount ? wordCount / sentenceCount : 0;
  const lix = wordCount ? averageSentenceLength + (100 * longWordCount) / wordCount : 0;
  const fleschReadingEase =
    locale === 'en' && wordCount
      ? 206.835 -
        1.015 * averageSentenceLength -
        84.6 * (allWords.reduce((sum, { word }) => sum + englishSyllables(word), 0) / wordCount)
      : undefined;
  return {
    locale,
    sentenceCount,
    wordCount,
    longWordCount,
    averageSentenceLength: round(averageSentenceLength),
    lix: round(lix),
    fleschReadingEase: fleschReadingEase === undefined ? undefined : round(fleschReadingEase),
    longestSentences: [...sentences].sort((a, b) => b.wordCount - a.wordCount || a.start - b.start).slice(0, 5),
    sentences,
    legalese: findLegalese(text, locale, position),
  };
}

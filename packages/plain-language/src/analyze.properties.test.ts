// Generated texts, built from the pieces that steer the analysis: words short and long, abbreviations of every
// locale, numbers, stops, quotes and every kind of line break, besides any characters at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { LOCALE_DATA, builtInLocales } from './locales.js';

const pieces = [
  'we',
  'call',
  'Customer',
  'notwithstanding',
  'Vi',
  'ringer',
  'påløper',
  'Työttömyysvakuutusmaksu',
  "М'який",
  'передзвонимо',
  'e-post',
  'K',
  'Dr',
  '2.5',
  '1 299,50',
  'www.example.no',
  '.',
  '. ',
  '! ',
  '? ',
  '… ',
  '...',
  '."',
  '.) ',
  ' «',
  '» ',
  ', ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  '\r',
  '\r\r',
  '\n \n',
  ...builtInLocales.flatMap((locale) => [
    ...LOCALE_DATA[locale].abbreviations,
    ...LOCALE_DATA[locale].closingAbbreviations,
  ]),
];

const texts = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...pieces) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
const locales = fc.constantFrom(...builtInLocales);

describe('analyze on generated texts', () => {
  it('never counts more long words than words, and gives every text with a word a sentence', () => {
    fc.assert(
      fc.property(texts, locales, (text, locale) => {
        const result = analyze(text, { locale });
        expect(result.longWordCount).toBeLessThanOrEqual(result.wordCount);
        if (result.wordCount > 0) expect(result.sentenceCount).toBeGreaterThanOrEqual(1);
        else expect(result.sentenceCount).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('puts every word in exactly one sentence, in order, without overlap', () => {
    fc.assert(
      fc.property(texts, locales, (text, locale) => {
        const { sentences, wordCount } = analyze(text, { locale });
        expect(sentences.reduce((sum, sentence) => sum + sentence.wordCount, 0)).toBe(wordCount);
        sentences.forEach((sentence, index) => {
          expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
          expect(sentence.text.trim()).toBe(sentence.text);
          if (index > 0) expect(sentence.start).toBeGreaterThanOrEqual(sentences[index - 1]!.end);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives the LIX of its own counts: words per sentence + 100 x long words / words', () => {
    fc.assert(
      fc.property(texts, locales, (text, locale) => {
        const { wordCount, sentenceCount, longWordCount, lix } = analyze(text, { locale });
        const expected = wordCount === 0 ? 0 : wordCount / sentenceCount + (100 * longWordCount) / wordCount;
        expect(lix).toBe(Math.round(expected * 10) / 10);
      }),
      { numRuns: 500 },
    );
  });

  it('counts the same with LF, CRLF and CR line breaks', () => {
    fc.assert(
      fc.property(texts, locales, fc.constantFrom('\r\n', '\r'), (text, locale, ending) => {
        const withLf = text.replace(/\r\n?/g, '\n');
        const counts = (input: string) => {
          const result = analyze(input, { locale });
          return [
            result.sentenceCount,
            result.wordCount,
            result.longWordCount,
            result.sentences.map(({ line, column }) => `${line}:${column}`),
          ];
        };
        expect(counts(withLf.replaceAll('\n', ending))).toEqual(counts(withLf));
      }),
      { numRuns: 500 },
    );
  });
});

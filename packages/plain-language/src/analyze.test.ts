import { describe, expect, it } from 'vitest';
import { analyze, defaultLixThreshold, lint } from './index.js';

// Each text was counted by hand; the counts are written beside it. Long words have more than six letters.
// LIX = words / sentences + 100 x long words / words, shown to one decimal.
const handCounted = [
  {
    locale: 'en',
    // S1 We will call you within two days (7) | S2 The call is free e.g. when you use a mobile phone (11)
    // S3 Prices rose by percent in October (6; "2.5" is a number, not a word). Long: percent, October.
    text: 'We will call you within two days. The call is free, e.g. when you use a mobile phone. Prices rose by 2.5 percent in October!',
    sentences: 3,
    words: 24,
    long: 2,
    lix: 16.3,
  },
  {
    locale: 'nb',
    // S1 Vi ringer deg innen to dager (6) | S2 Samtalen er gratis f.eks. fra mobil (6) | S3 Prisen økte med prosent i oktober (6)
    // Long: Samtalen, prosent, oktober.
    text: 'Vi ringer deg innen to dager. Samtalen er gratis, f.eks. fra mobil. Prisen økte med 2,5 prosent i oktober.',
    sentences: 3,
    words: 18,
    long: 3,
    lix: 22.7,
  },
  {
    locale: 'nn',
    // S1 Vi ringjer deg opp att (5) | S2 Det gjeld bl.a. Bergen og Voss (6; "bl.a." before a capital does not end it)
    // S3 Kundeservice svarar kvar dag (4). Long: ringjer, Kundeservice.
    text: 'Vi ringjer deg opp att. Det gjeld bl.a. Bergen og Voss. Kundeservice svarar kvar dag.',
    sentences: 3,
    words: 15,
    long: 2,
    lix: 18.3,
  },
  {
    locale: 'sv',
    // S1 Vi ringer upp dig (4) | S2 Det gäller t.ex. kunder i Malmö (6) | S3 Avgiften är kronor per månad (5). Long: Avgiften.
    text: 'Vi ringer upp dig. Det gäller t.ex. kunder i Malmö. Avgiften är 1,5 kronor per månad.',
    sentences: 3,
    words: 15,
    long: 1,
    lix: 11.7,
  },
  {
    locale: 'fi',
    // S1 Soitamme sinulle huomenna (3) | S2 Työttömyysvakuutusmaksu nousee esim. ensi vuonna (5) | S3 Kysy lisää (2)
    // Long: Soitamme, sinulle, huomenna, Työttömyysvakuutusmaksu (one compound, one word).
    text: 'Soitamme sinulle huomenna. Työttömyysvakuutusmaksu nousee esim. ensi vuonna. Kysy lisää!',
    sentences: 3,
    words: 10,
    long: 4,
    lix: 43.3,
  },
  {
    locale: 'uk',
    // S1 Ми передзвонимо вам завтра (4) | S2 Це стосується т.зв. нових клієнтів (5) | S3 М'який тариф коштує грн. на день (6)
    // Long: передзвонимо, стосується, клієнтів. "М'який" is one word of five letters.
    text: "Ми передзвонимо вам завтра. Це стосується т.зв. нових клієнтів. М'який тариф коштує 2,5 грн. на день.",
    sentences: 3,
    words: 15,
    long: 3,
    lix: 25,
  },
] as const;

describe('analyze', () => {
  it.each(handCounted)('counts $locale as counted by hand', ({ locale, text, sentences, words, long, lix }) => {
    const result = analyze(text, { locale });
    expect({
      sentences: result.sentenceCount,
      words: result.wordCount,
      long: result.longWordCount,
      lix: result.lix,
    }).toEqual({ sentences, words, long, lix });
  });

  it('does not end a sentence at an abbreviation before a name, an initial, or a decimal number', () => {
    expect(analyze('Dr. Hansen will call. K. Nordmann pays 12.50 today.', { locale: 'en' }).sentenceCount).toBe(2);
    expect(analyze('Avtalen gjelder bl.a. Oslo. Ring oss.', { locale: 'nb' }).sentenceCount).toBe(2);
  });

  it.each([
    ['en', 'We sell bread, milk etc. You pay at the door.'],
    ['nb', 'Det koster 100 kr. Du betaler i dag.'],
    ['nn', 'Det kostar 100 kr. Du betalar i dag.'],
    ['sv', 'Det kostar 100 kr. Du betalar i dag.'],
    ['fi', 'Myymme leipää, maitoa jne. Maksat kassalla.'],
    ['uk', 'Це коштує 100 грн. Ви платите сьогодні.'],
  ] as const)(
    'ends a sentence at an abbreviation that closes it when the next word starts a sentence (%s)',
    (locale, text) => {
      expect(analyze(text, { locale }).sentences.map((sentence) => sentence.text)).toEqual(text.split(/(?<=\.) /));
    },
  );

  it.each([
    ['en', 'Call Dr. Hansen today.'],
    ['nb', 'Avtalen gjelder f.eks. Oslo og Bergen.'],
    ['nn', 'Det gjeld t.d. Bergen og Voss.'],
    ['sv', 'Det gäller t.ex. Malmö och Lund.'],
    ['fi', 'Se koskee esim. Helsinkiä ja Turkua.'],
    ['uk', 'Це стосується т.зв. Київського тарифу.'],
  ] as const)('keeps an abbreviation that leads into the next word inside its sentence (%s)', (locale, text) => {
    expect(analyze(text, { locale }).sentenceCount).toBe(1);
  });

  it('ends a sentence at a blank line, so headings without a full stop stand alone', () => {
    expect(analyze('In short\n\nWe keep your data for five years.', { locale: 'en' }).sentenceCount).toBe(2);
  });

  const lineEndings = [
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ] as const;

  it.each(lineEndings)('treats %s line endings exactly like LF: blank lines, lines and columns', (_, ending) => {
    const text =
      'In short\n\nWe keep your data for five years.\nNotwithstanding this, you shall\nget a copy.\n  \nAsk us';
    const seen = (input: string) => {
      const result = analyze(input, { locale: 'en' });
      return {
        counts: [result.sentenceCount, result.wordCount, result.longWordCount, result.lix],
        sentences: result.sentences.map(({ line, column, wordCount }) => ({ line, column, wordCount })),
        findings: lint(input, { locale: 'en', maxLix: 10 }).map(({ rule, line, column, endLine, endColumn }) => ({
          rule,
          line,
          column,
          endLine,
          endColumn,
        })),
      };
    };
    expect(seen(text.replaceAll('\n', ending))).toEqual(seen(text));
  });

  it('gives Flesch reading ease for English only', () => {
    const english = analyze('We will call you. It is free.', { locale: 'en' });
    expect(english.fleschReadingEase).toBeGreaterThan(90);
    const hard = analyze(
      'Notwithstanding the aforementioned stipulations, remuneration obligations remain enforceable.',
      { locale: 'en' },
    );
    expect(hard.fleschReadingEase).toBeLessThan(english.fleschReadingEase!);
    expect(analyze('Vi ringer deg.', { locale: 'nb' }).fleschReadingEase).toBeUndefined();
  });

  it('lists the longest sentences with their positions', () => {
    const text = 'Short one.\nThis second sentence is clearly the longest of them all. Mid sized one here.';
    const [longest] = analyze(text, { locale: 'en' }).longestSentences;
    expect(longest).toMatchObject({ wordCount: 10, line: 2, column: 1, start: 11 });
    expect(text.slice(longest!.start, longest!.end)).toBe('This second sentence is clearly the longest of them all.');
  });

  it.each([
    ['en', 'Pursuant to section 4, the customer shall pay.', ['Pursuant to', 'shall']],
    ['nb', 'Gebyr påløper i henhold til avtalen, jf. punkt 3.', ['påløper', 'i henhold til', 'jf.']],
    ['nn', 'Dette skjer i medhald av lova.', ['i medhald av']],
    ['sv', 'Kunden äger rätt att säga upp avtalet i enlighet med villkoren.', ['äger rätt', 'i enlighet med']],
    ['fi', 'Mikäli asiakas maksaa myöhässä, sovelletaan korkoa.', ['Mikäli', 'sovelletaan']],
    ['uk', 'У разі затримки вищезазначеного платежу нараховується пеня.', ['У разі', 'вищезазначеного']],
  ] as const)('finds legalese in %s, in its inflected forms too', (locale, text, phrases) => {
    expect(analyze(text, { locale }).legalese.map((match) => match.phrase)).toEqual(phrases);
  });

  it('refuses an unknown locale with the list of supported ones', () => {
    expect(() => analyze('Hallo.', { locale: 'de' })).toThrow(
      "Unknown locale 'de'. Supported: en, nb, nn, sv, fi, uk.",
    );
  });
});

describe('lint', () => {
  it('reports long sentences, legalese and a LIX above the threshold, with positions and hints', () => {
    const text =
      'Hello.\nNotwithstanding any provision herein to the contrary, the subscriber shall remain liable for all charges incurred prior to the termination of this agreement in accordance with clause seven.';
    const findings = lint(text, { locale: 'en', maxLix: 30 });
    expect(findings.map((f) => f.rule)).toEqual([
      'lix-too-high',
      'legalese',
      'long-sentence',
      'legalese',
      'legalese',
      'legalese',
      'legalese',
    ]);
    const longSentence = findings.find((f) => f.rule === 'long-sentence')!;
    expect(longSentence).toMatchObject({ line: 2, column: 1 });
    expect(longSentence.hint).toMatch(/Split it in two/);
    expect(findings.find((f) => f.rule === 'legalese' && f.message.includes('"herein"'))).toMatchObject({
      line: 2,
      column: 31,
    });
  });

  it('finds nothing in a plain text', () => {
    expect(lint('We will call you back within two days.', { locale: 'en' })).toEqual([]);
  });

  it('uses a higher default LIX threshold for Finnish, whose everyday words are long', () => {
    expect(defaultLixThreshold('fi')).toBeGreaterThan(defaultLixThreshold('nb'));
    expect(defaultLixThreshold('nb-NO')).toBe(40);
  });
});

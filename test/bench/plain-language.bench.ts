// Words per second for the plain-language analysis and lint on a corpus of more than 1 MB.
// Run: pnpm exec vitest bench --run test/bench
import { analyze, lint } from '@samspill/plain-language';
import { bench, describe } from 'vitest';

const SENTENCES = {
  en: [
    'We will call you within two days.',
    'Notwithstanding the aforementioned terms, the customer shall pay all charges, e.g. fees.',
    'Prices rose by 2.5 percent in October!',
  ],
  nb: [
    'Vi ringer deg innen to dager.',
    'Gebyr påløper i henhold til avtalen, jf. punkt 3, f.eks. ved forsinket betaling.',
    'Prisen økte med 2,5 prosent i oktober.',
  ],
  fi: [
    'Soitamme sinulle huomenna.',
    'Työttömyysvakuutusmaksu nousee esim. ensi vuonna, mikäli hallitus niin päättää.',
    'Kysy lisää!',
  ],
  uk: [
    'Ми передзвонимо вам завтра.',
    'У разі затримки вищезазначеного платежу нараховується пеня, т.зв. штраф.',
    'Тариф коштує 2,5 грн. на день.',
  ],
};

/** A deterministic corpus of at least `bytes` UTF-8 bytes, in paragraphs of five sentences (or all on one line). */
function corpus(sentences: string[], bytes: number, oneLine = false): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = sentences[(i * 7) % sentences.length]!;
    parts.push(i % 5 === 4 && !oneLine ? `${sentence}\n\n` : `${sentence} `);
    size += Buffer.byteLength(parts.at(-1)!);
  }
  return parts.join('');
}

const MEGABYTE = 1024 * 1024;

/** One timed pass, printed as words per second next to Vitest's operations per second. */
function wordsPerSecond(run: () => void, words: number): string {
  const started = performance.now();
  run();
  return `${Math.round(words / ((performance.now() - started) / 1000)).toLocaleString('en')} words/s`;
}

for (const [locale, sentences] of Object.entries(SENTENCES)) {
  const text = corpus(sentences, MEGABYTE);
  const words = analyze(text, { locale }).wordCount;
  console.log(
    `plain-language ${locale}: analyze ${wordsPerSecond(() => analyze(text, { locale }), words)}, lint ${wordsPerSecond(() => lint(text, { locale }), words)}`,
  );
  describe(`${locale}: ${(Buffer.byteLength(text) / MEGABYTE).toFixed(2)} MB, ${words} words (words/s = ops/s x ${words})`, () => {
    bench(`analyze (${locale})`, () => void analyze(text, { locale }), { iterations: 3, time: 0 });
    bench(`lint (${locale})`, () => void lint(text, { locale }), { iterations: 3, time: 0 });
  });
}

// Text on a single line, with no paragraph breaks, at three sizes: the time per operation should double with the
// size (linear), where a splitter that looks back to the start of the line for each period grows fourfold.
describe('nb on one line: 0.5, 1 and 2 MB (time per operation doubles with the size when linear)', () => {
  for (const megabytes of [0.5, 1, 2]) {
    const text = corpus(SENTENCES.nb, megabytes * MEGABYTE, true);
    bench(`analyze ${megabytes} MB on one line`, () => void analyze(text, { locale: 'nb' }), {
      iterations: 3,
      time: 0,
    });
  }
});

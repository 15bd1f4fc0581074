// Megabytes per second for scrubPersonalData on a 10 MB corpus of multilingual feedback with personal data in it.
// Run: pnpm exec vitest bench --run --project node test/bench/scrub.bench.ts
import { bench, describe } from 'vitest';
import { scrubPersonalData } from '../../packages/feedback/src/scrub/index.js';

// Ordinary feedback: dates, prices, order numbers, years and postcodes, all of which must survive.
const SENTENCES = [
  'Bestillingen kom frem 24.11.2026, men ordre 12345678 manglet en del.',
  'Prisen var kr 1 299,00 og leveringen tok tre dager til 0150 Oslo.',
  'Leveransen 2026-11-24 var sen, order 87654321 kostade 1 234 567 kr.',
  'Tilaus saapui 24/11/2026 ja maksoi € 12.50, kiitos nopeasta palvelusta!',
  'Замовлення прийшло вчасно, дякую! Ціна 2,5 грн. за штуку у 2026 році.',
  'The form was easy to use, but the receipt page timed out twice in 2025.',
  'Jeg fant ikke svaret på siden om flytting, så jeg ringte i stedet.',
  'Sivusto toimi hyvin puhelimella, mutta lomake oli liian pitkä.',
];

// Personal data, every kind, each valid (see packages/feedback/src/scrub/scrub.test.ts for how they were derived).
const PERSONAL = [
  'Ring meg på 22 33 44 55 eller +47 98765432.',
  'Skriv til ola.nordmann@example.no, fnr 01019012480.',
  'Mitt personnummer är 811218-9876, mobil 070-123 45 67.',
  'Henkilötunnukseni on 131052-308T, puh. +358 40 123 4567.',
  'Мій РНОКПП 3121212343, тел. 067 123 45 67.',
  'Mit CPR-nr. er 010165-2000, kennitala 120174-3399, fnr 30108299939.',
  'Card 4111 1111 1111 1111, IBAN NO93 8601 1117 947.',
];

/** A deterministic corpus of at least `bytes` UTF-8 bytes; one sentence in ten carries personal data. */
function corpus(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence =
      i % 10 === 9 ? PERSONAL[((i / 10) % PERSONAL.length) | 0]! : SENTENCES[(i * 7) % SENTENCES.length]!;
    parts.push(i % 5 === 4 ? `${sentence}\n\n` : `${sentence} `);
    size += Buffer.byteLength(parts.at(-1)!);
  }
  return parts.join('');
}

const MEGABYTE = 1024 * 1024;
const text = corpus(10 * MEGABYTE);
const megabytes = Buffer.byteLength(text) / MEGABYTE;

/** One timed pass, printed as megabytes per second next to Vitest's operations per second. */
function megabytesPerSecond(run: () => void): string {
  const started = performance.now();
  run();
  return `${(megabytes / ((performance.now() - started) / 1000)).toFixed(1)} MB/s`;
}

let found = 0;
console.log(
  `scrubPersonalData: ${megabytesPerSecond(() => void (found = scrubPersonalData(text).found.length))}, ${found} findings`,
);

describe(`scrubPersonalData: ${megabytes.toFixed(2)} MB of feedback (MB/s = ops/s x ${megabytes.toFixed(2)})`, () => {
  bench('scrubPersonalData', () => void scrubPersonalData(text), { iterations: 3, time: 0 });
});

// Input made to make a careless regex backtrack: throughput must stay of the same order as on real text.
const ADVERSARIAL_SIZE = MEGABYTE;
const adversarial = {
  'letters then @': 'a'.repeat(ADVERSARIAL_SIZE) + '@',
  'an e-mail domain of dashes': 'x@' + 'a-'.repeat(ADVERSARIAL_SIZE / 2),
  'an e-mail domain of dots': 'x@' + 'a.'.repeat(ADVERSARIAL_SIZE / 2),
  'one digit run': '1'.repeat(ADVERSARIAL_SIZE),
  'digits and spaces': '1 '.repeat(ADVERSARIAL_SIZE / 2),
  'plus signs and digits': '+1 '.repeat(ADVERSARIAL_SIZE / 3),
  'open brackets': '('.repeat(ADVERSARIAL_SIZE),
  'IBAN prefixes': 'NO93'.repeat(ADVERSARIAL_SIZE / 4),
};

describe('scrubPersonalData: 1 MB of input made to backtrack (MB/s = ops/s)', () => {
  for (const [name, input] of Object.entries(adversarial)) {
    bench(name, () => void scrubPersonalData(input), { iterations: 2, time: 0 });
  }
});

// A megabyte on a single line (a paste into one field): realistic text, and runs in which every number could begin
// an e-mail address, which took 7 s for 200 kB when the look-ahead for the "@" was unbounded.
const oneLine = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length));
const singleLine = {
  'feedback without line breaks': corpus(MEGABYTE).replaceAll('\n', ' '),
  'numbers after "%"': oneLine('%12345678'),
  'numbers after "a."': oneLine('a.12345678'),
  'numbers after "a-", then an "@"': `${oneLine('a-12345678')}@example.no`,
  'labels and numbers': oneLine('РНОКПП № 301234567 CPR-nr. 01016520 '),
};

describe('scrubPersonalData: 1 MB on one line (MB/s = ops/s)', () => {
  for (const [name, input] of Object.entries(singleLine)) {
    bench(name, () => void scrubPersonalData(input), { iterations: 2, time: 0 });
  }
});

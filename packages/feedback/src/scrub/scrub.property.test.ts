// Generated input: valid identifiers of every kind are always removed whole, and text without any is never changed.
// The check digits are computed here from the published rules, independently of validators.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrubPersonalData, scrubPlaceholders } from './index.js';

const pad = (value: number, length = 2) => String(value).padStart(length, '0');
const weighted = (digits: string, weights: readonly number[]) =>
  weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
const mod = (value: number, by: number) => ((value % by) + by) % by;

function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    // The check digit will stand to the right, so the rightmost digit here is doubled.
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** A real date between the years given. */
const date = (from: number, to: number) =>
  fc
    .record({
      year: fc.integer({ min: from, max: to }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysIn(year, month)) }));

// Norway: before 2032 the first sum leaves 0; from 2032 it may leave 0-3. D-numbers add 40 to the day, H-numbers to the month.
const norwegian = fc
  .record({
    born: date(1900, 2039),
    individual: fc.integer({ min: 0, max: 499 }),
    remainder: fc.integer({ min: 0, max: 3 }),
    variant: fc.constantFrom('', 'D', 'H'),
    separator: fc.constantFrom('', ' ', '-'),
  })
  .map(({ born, individual, remainder, variant, separator }) => {
    const serial = born.year >= 2000 ? individual + 500 : individual;
    const head = `${pad(born.day + (variant === 'D' ? 40 : 0))}${pad(born.month + (variant === 'H' ? 40 : 0))}${pad(born.year % 100)}${pad(serial, 3)}`;
    const k1 = mod(remainder - weighted(head, [3, 7, 6, 1, 8, 9, 4, 5, 2]), 11);
    const k2 = mod(-weighted(`${head}${k1}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]), 11);
    return k1 > 9 || k2 > 9 ? undefined : `${head.slice(0, 6)}${separator}${head.slice(6)}${k1}${k2}`;
  });

// Sweden: Luhn over YYMMDDNNN; samordningsnummer add 60 to the day.
const swedish = fc
  .record({
    born: date(1930, 2025),
    serial: fc.integer({ min: 0, max: 999 }),
    coordination: fc.boolean(),
    form: fc.constantFrom('short-', 'short', 'long-', 'long'),
  })
  .map(({ born, serial, coordination, form }) => {
    const nine = `${pad(born.year % 100)}${pad(born.month)}${pad(born.day + (coordination ? 60 : 0))}${pad(serial, 3)}`;
    const last = `${nine.slice(6)}${luhnDigit(nine)}`;
    const dateDigits = form.startsWith('long') ? `${Math.floor(born.year / 100)}${nine.slice(0, 6)}` : nine.slice(0, 6);
    return `${dateDigits}${form.endsWith('-') ? '-' : ''}${last}`;
  });

// Finland: DDMMYY, century sign, three digits, and "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYNNN mod 31].
const finnish = fc
  .record({ born: date(1900, 2025), individual: fc.integer({ min: 2, max: 899 }) })
  .map(({ born, individual }) => {
    const digits = `${pad(born.day)}${pad(born.month)}${pad(born.year % 100)}${pad(individual, 3)}`;
    const sign = born.year >= 2000 ? 'A' : '-';
    return `${digits.slice(0, 6)}${sign}${digits.slice(6)}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(digits) % 31]}`;
  });

// Denmark: the sequence number's first digit and the year give the century. In the written form any such number is
// taken; a solid one needs modulus 11 (weights 4 3 2 7 6 5 4 3 2 1) or a CPR label.
const danishDigits = fc
  .record({ born: date(1937, 2036), rest: fc.integer({ min: 0, max: 999 }) })
  .map(({ born, rest }) => {
    const first = born.year >= 2000 ? 4 : 0;
    return `${pad(born.day)}${pad(born.month)}${pad(born.year % 100)}${first}${pad(rest, 3)}`;
  });
const danish = fc.oneof(
  danishDigits.map((digits) => ({ before: 'Hej, ', id: `${digits.slice(0, 6)}-${digits.slice(6)}` })),
  danishDigits
    .filter((digits) => mod(weighted(digits, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]), 11) === 0)
    .map((digits) => ({ before: 'Hej, ', id: digits })),
  danishDigits.map((digits) => ({ before: 'CPR-nr. ', id: digits })),
);

// Iceland: DDMMYY, two digits, check = 11 - (Σ d·[3,2,7,6,5,4,3,2] mod 11), and 9/0 for the 1900s/2000s.
const icelandic = fc
  .record({ born: date(1900, 2025), random: fc.integer({ min: 20, max: 99 }), hyphen: fc.boolean() })
  .map(({ born, random, hyphen }) => {
    const eight = `${pad(born.day)}${pad(born.month)}${pad(born.year % 100)}${random}`;
    const check = mod(-weighted(eight, [3, 2, 7, 6, 5, 4, 3, 2]), 11);
    return check > 9
      ? undefined
      : `${eight.slice(0, 6)}${hyphen ? '-' : ''}${eight.slice(6)}${check}${born.year >= 2000 ? 0 : 9}`;
  });

// Ukraine: five digits of days since 31.12.1899, four more, and (Σ d·[-1,5,7,9,4,6,10,5,7] mod 11) mod 10. A bare one
// must start with 1-9 (born 1927 or later); after a label any birth date counts.
const ukrainianDigits = (minDay: number) =>
  fc
    .record({ day: fc.integer({ min: minDay, max: 45_000 }), rest: fc.integer({ min: 0, max: 9999 }) })
    .map(({ day, rest }) => {
      const nine = `${pad(day, 5)}${pad(rest, 4)}`;
      return `${nine}${mod(weighted(nine, [-1, 5, 7, 9, 4, 6, 10, 5, 7]), 11) % 10}`;
    });
const ukrainian = fc.oneof(
  ukrainianDigits(10_000).map((id) => ({ before: 'Привіт, ', id })),
  fc
    .record({
      label: fc.constantFrom('РНОКПП № ', 'ІПН: ', 'іпн ', 'ИНН ', 'RNOKPP ', 'IPN: ', 'id '),
      id: ukrainianDigits(1),
    })
    .map(({ label, id }) => ({ before: label, id })),
);

const digitString = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((digits) => digits.join(''));

// Cards: a Visa or Mastercard prefix, random digits and the Luhn digit, solid or in groups of four.
const card = fc
  .record({
    prefix: fc.constantFrom('4', '51', '55', '2221'),
    body: digitString(14),
    separator: fc.constantFrom('', ' ', '-'),
  })
  .map(({ prefix, body, separator }) => {
    const fifteen = `${prefix}${body}`.slice(0, 15);
    return `${fifteen}${luhnDigit(fifteen)}`.replace(/(\d{4})(?=\d)/g, `$1${separator}`);
  });

// IBANs: the BBAN, then check digits making the number mod 97 = 1, solid or in groups of four.
const IBAN_LENGTHS = { NO: 15, SE: 24, DK: 18, FI: 18, IS: 26, DE: 22, UA: 29, PL: 28 } as const;
const iban = fc
  .record({
    country: fc.constantFrom(...(Object.keys(IBAN_LENGTHS) as (keyof typeof IBAN_LENGTHS)[])),
    body: digitString(25),
    grouped: fc.boolean(),
  })
  .map(({ country, body, grouped }) => {
    const bban = body.slice(0, IBAN_LENGTHS[country] - 4);
    const numeric = `${bban}${[...country].map((letter) => letter.charCodeAt(0) - 55).join('')}00`;
    const check = pad(98 - Number(BigInt(numeric) % 97n));
    const compact = `${country}${check}${bban}`;
    return grouped ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
  });

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
// Local parts with a long number in them too: the number must not be taken for the start of the address.
const localPart = fc.oneof(
  fc.stringMatching(/^[a-z0-9](?:[a-z0-9._+-]{0,15}[a-z0-9])?$/),
  fc
    .record({ name: fc.stringMatching(/^[a-z]{1,8}[._-]?$/), digits: digitString(8) })
    .map(({ name, digits }) => `${name}${digits}`),
);
const email = fc
  .record({
    local: localPart,
    labels: fc.array(label, { minLength: 1, maxLength: 3 }),
    tld: fc.stringMatching(/^[a-z]{2,6}$/),
  })
  .map(({ local, labels, tld }) => `${local}@${labels.join('.')}.${tld}`);

const phone = fc.oneof(
  digitString(7).map((rest) => `9${rest}`), // a Norwegian mobile, solid
  digitString(6).map((rest) => `+47 4${rest[0]} ${rest.slice(1, 3)} ${rest.slice(3, 5)} ${rest[5]}0`),
  digitString(7).map((rest) => `2${rest[0]} ${rest.slice(1, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`),
  digitString(7).map((rest) => `070-${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`),
  digitString(7).map((rest) => `+358 40 ${rest.slice(0, 3)} ${rest.slice(3)}`),
  digitString(7).map((rest) => `+380 67 ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`),
);

const NATIONAL = scrubPlaceholders['no-national-id'];
const AFTER = fc.constantFrom('.', ' takk.', ', ok!', ' og mer', ' 🙂');
const GREETING = fc.constantFrom('Hei, ', 'Hej ', 'Moi ', 'Hello ', 'Привіт, ', 'Halló ');
const greeted = (ids: fc.Arbitrary<string | undefined>) =>
  fc.record({ before: GREETING, id: ids.filter((id): id is string => id !== undefined) });

const identifiers: Array<[string, fc.Arbitrary<{ before: string; id: string }>, string]> = [
  ['Norwegian national identity numbers', greeted(norwegian), NATIONAL],
  ['Swedish personnummer', greeted(swedish), NATIONAL],
  ['Finnish henkilötunnus', greeted(finnish), NATIONAL],
  ['Danish CPR numbers', danish, NATIONAL],
  ['Icelandic kennitala', greeted(icelandic), NATIONAL],
  ['Ukrainian RNOKPP', ukrainian, NATIONAL],
  ['payment cards', greeted(card), scrubPlaceholders['payment-card']],
  ['IBANs', greeted(iban), scrubPlaceholders.iban],
  ['e-mail addresses', greeted(email), scrubPlaceholders.email],
  ['phone numbers', greeted(phone), scrubPlaceholders.phone],
];

describe('scrubPersonalData on generated input', () => {
  it.each(identifiers)('always removes %s, whole', (_, generated, placeholder) => {
    fc.assert(
      fc.property(generated, AFTER, ({ before, id }, after) => {
        expect(scrubPersonalData(`${before}${id}${after}`).text).toBe(`${before}${placeholder}${after}`);
      }),
      { numRuns: 300 },
    );
  });

  it('never changes text without digits or "@"', () => {
    const character = fc.constantFrom(...'abcxyzæøåäöõšžABCÆØÅ абвгґєіїщЖЯ ,.;:!?-+()/%#№\'"\n\t€$'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 200 }), (text) => {
        expect(scrubPersonalData(text)).toEqual({ text, found: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('never changes words mixed with dates, times, prices, years, postcodes and order numbers', () => {
    const word = fc.constantFrom(
      'Hei',
      'levert',
      'takk',
      'og',
      'kostet',
      'Leverans',
      'kom',
      'maksoi',
      'Замовлення',
      'прийшло',
      'fra',
      'den',
      'var',
      'sen',
    );
    const day = date(1990, 2030);
    const numberish = fc.oneof(
      fc.integer({ min: 0, max: 9_999_999 }).map(String),
      day.map(({ year, month, day: d }) => `${pad(d)}.${pad(month)}.${year}`),
      day.map(({ year, month, day: d }) => `${year}-${pad(month)}-${pad(d)}`),
      day.map(({ year, month, day: d }) => `${pad(d)}/${pad(month)}/${year}`),
      fc
        .record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) })
        .map(({ hour, minute }) => `kl. ${pad(hour)}:${pad(minute)}`),
      fc.integer({ min: 1, max: 999_999 }).map((kroner) => `kr ${String(kroner).replace(/\B(?=(\d{3})+$)/g, ' ')},00`),
      fc.integer({ min: 1, max: 99_999 }).map((cents) => `€ ${(cents / 100).toFixed(2)}`),
      fc
        .record({
          cue: fc.constantFrom('ordre', 'Ordre nr.', 'order', 'faktura', 'kundenummer', 'sag nr.', 'замовлення №', '#'),
          digits: fc.oneof(digitString(8), digitString(9)),
        })
        .map(({ cue, digits }) => `${cue} ${digits}`),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(word, numberish), { maxLength: 12 }), (pairs) => {
        const text = `${pairs.flat().join(' ')}.`;
        expect(scrubPersonalData(text)).toEqual({ text, found: [] });
      }),
      { numRuns: 500 },
    );
  });
});

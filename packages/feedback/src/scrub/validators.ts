// Check digits, dates, lengths and shapes for each kind of personal data `scrubPersonalData` removes. A candidate
// is passed exactly as it was written (with its spaces, hyphens or century sign); each function says whether it
// really is that kind of data. Exported on their own so the rules can be tested one by one.

/** The characters of a word: letters, combining marks (IDN and Indic scripts need them) and digits. */
export const WORD = String.raw`\p{L}\p{M}\p{N}`;

/** Luhn (mod 10), used by payment cards and the Swedish personnummer. `digits` holds only 0-9. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the day exists in the Gregorian calendar (no `Date`: it maps years 0-99 to 1900-1999). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false;
  const last = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= last;
}

// Norway --------------------------------------------------------------------------------------------------------

const NO_WEIGHTS_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const NO_WEIGHTS_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** The weighted digit sum mod 11 over as many digits as there are weights. */
function mod11Remainder(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum % 11;
}

/** The birth year from the two-digit year and the individual number (Skatteetaten's ranges before 2032). */
function norwegianBirthYear(yy: number, individual: number): number {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 500 && yy <= 39) return 2000 + yy;
  // 900-999 with 40-99 is 1940-1999; combinations never issued still get a date check in the 1900s rather than
  // a rejection, so a real number is never let through for its century alone.
  return 1900 + yy;
}

/**
 * A Norwegian fødselsnummer or D-number: DDMMYY + three-digit individual number + two mod-11 check digits,
 * optionally with one space or hyphen after the date ("010190 12345", "010190-12345"). D-numbers add 4 to the
 * first digit of the day; H-numbers (health-sector help numbers) add 4 to the first digit of the month.
 * Synthetic test numbers (month + 80) are not personal data and are not accepted.
 *
 * The check digits are read as Skatteetaten publishes them for numbers issued from 1 January 2032: the weighted sum
 * of the first ten digits (weights 3 7 6 1 8 9 4 5 2 1) leaves the remainder 0, 1, 2 or 3 mod 11, where numbers
 * issued before 2032 always leave 0; the second check digit is unchanged, so the weighted sum of all eleven digits
 * (5 4 3 2 7 6 5 4 3 2 1) leaves 0. From 2032 the individual number no longer tells the century, so a number whose
 * first remainder is 1-3 only needs a date that exists in some century.
 */
export function isNorwegianNationalId(candidate: string): boolean {
  if (!/^\d{6}[ -]?\d{5}$/.test(candidate)) return false;
  const digits = candidate.length === 11 ? candidate : candidate.slice(0, 6) + candidate.slice(7);
  const remainder1 = mod11Remainder(digits, NO_WEIGHTS_K1);
  if (remainder1 > 3 || mod11Remainder(digits, NO_WEIGHTS_K2) !== 0) return false;
  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  if (day > 40) day -= 40; // D-number
  if (month > 40) month -= 40; // H-number
  const yy = Number(digits.slice(4, 6));
  // 2000 is a leap year and 1900 is not: the one date that exists in some century but not in every one.
  const year = remainder1 === 0 ? norwegianBirthYear(yy, Number(digits.slice(6, 9))) : 2000 + yy;
  return isRealDate(year, month, day);
}

// Sweden --------------------------------------------------------------------------------------------------------

/**
 * A Swedish personnummer or samordningsnummer: YYMMDD-XXXX, YYMMDD+XXXX (100 years or older), YYMMDDXXXX,
 * YYYYMMDD-XXXX or YYYYMMDDXXXX. Luhn over the ten-digit form; a samordningsnummer adds 60 to the day.
 */
export function isSwedishPersonalId(candidate: string): boolean {
  const match = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/.exec(candidate);
  if (!match) return false;
  const [, century, yy, mm, dd, separator, serial] = match as unknown as [
    string,
    string | undefined,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!luhn(yy + mm + dd + serial)) return false;
  let day = Number(dd);
  if (day > 60) day -= 60; // samordningsnummer
  // Without a century only 29 February of a "00" year depends on it: "+" means 1900, otherwise 2000.
  const hundreds = century === undefined ? (separator === '+' ? 19 : 20) : Number(century);
  if (hundreds < 18 || hundreds > 20) return false;
  return isRealDate(hundreds * 100 + Number(yy), Number(mm), day);
}

// Finland -------------------------------------------------------------------------------------------------------

const FI_CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const FI_CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/** A Finnish henkilötunnus: DDMMYY, century sign, three digits, check character (DDMMYYNNN mod 31). */
export function isFinnishPersonalId(candidate: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(candidate.toUpperCase());
  if (!match) return false;
  const [, dd, mm, yy, sign, individual, check] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (FI_CHECK_CHARACTERS[Number(dd + mm + yy + individual) % 31] !== check) return false;
  return isRealDate(FI_CENTURY[sign]! + Number(yy), Number(mm), Number(dd));
}

// Ukraine -------------------------------------------------------------------------------------------------------

const UA_WEIGHTS = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
const DAY_MS = 86_400_000;
/** Day 1 of the RNOKPP's birth-date count is 1 January 1900. */
const UA_DAY_ZERO = Date.UTC(1899, 11, 31);

/**
 * A Ukrainian RNOKPP (taxpayer number): ten digits whose first five count the days from 31 December 1899 to the
 * birth date, and whose last is (weighted sum of the first nine mod 11) mod 10. The birth date must not lie in the
 * future, which halves the random ten-digit numbers that could pass.
 */
export function isUkrainianTaxId(candidate: string, today: Date = new Date()): boolean {
  if (!/^\d{10}$/.test(candidate)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (candidate.charCodeAt(i) - 48) * UA_WEIGHTS[i]!;
  // The first weight is negative, so the sum can be too; normalise before the final mod 10.
  if ((((sum % 11) + 11) % 11) % 10 !== candidate.charCodeAt(9) - 48) return false;
  const birthDay = Number(candidate.slice(0, 5));
  return birthDay >= 1 && birthDay <= (today.getTime() - UA_DAY_ZERO) / DAY_MS;
}

// Denmark -------------------------------------------------------------------------------------------------------

/** The birth year from the two-digit year and the first digit of the sequence number (the CPR office's table). */
function danishBirthYear(yy: number, first: number): number {
  if (first <= 3) return 1900 + yy;
  if (first === 4 || first === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

/**
 * A Danish CPR number's shape and date: DDMMYY, optionally a hyphen or space, and a four-digit sequence number whose
 * first digit with the year gives the century. Since October 2007 CPR numbers are issued that fail the old modulus-11
 * check, so the date is all a CPR number is sure to satisfy; see `satisfiesCprModulus11` for the rest.
 */
export function isDanishPersonalId(candidate: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})[ -]?(\d)\d{3}$/.exec(candidate);
  if (!match) return false;
  const [, dd, mm, yy, first] = match as unknown as [string, string, string, string, string];
  return isRealDate(danishBirthYear(Number(yy), Number(first)), Number(mm), Number(dd));
}

const DK_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** Whether a CPR number passes the modulus-11 check every number issued before October 2007 passes. */
export function satisfiesCprModulus11(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/, '');
  return digits.length === 10 && mod11Remainder(digits, DK_WEIGHTS) === 0;
}

// Iceland -------------------------------------------------------------------------------------------------------

const IS_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2, 1];
const IS_CENTURY: Readonly<Record<string, number>> = { '8': 1800, '9': 1900, '0': 2000 };

/**
 * An Icelandic kennitala of a person: DDMMYY, optionally a hyphen, two digits, a check digit that makes the weighted
 * sum (3 2 7 6 5 4 3 2 1) of the first nine digits divisible by 11, and the century (9 = 1900s, 0 = 2000s,
 * 8 = 1800s). Companies add 4 to the first digit of the day; they are not personal data and are not accepted.
 */
export function isIcelandicKennitala(candidate: string): boolean {
  if (!/^\d{6}-?\d{4}$/.test(candidate)) return false;
  const digits = candidate.replace('-', '');
  const century = IS_CENTURY[digits.charAt(9)];
  if (century === undefined || mod11Remainder(digits, IS_WEIGHTS) !== 0) return false;
  return isRealDate(century + Number(digits.slice(4, 6)), Number(digits.slice(2, 4)), Number(digits.slice(0, 2)));
}

// Payment cards -------------------------------------------------------------------------------------------------

interface CardNetwork {
  /** Inclusive IIN ranges, compared on as many leading digits as the bounds have. */
  ranges: ReadonlyArray<readonly [string, string]>;
  lengths: readonly number[];
}

const LONG = [16, 17, 18, 19];

/** The issuer ranges of the networks a Nordic or Ukrainian customer is likely to hold. */
export const cardNetworks: Readonly<Record<string, CardNetwork>> = {
  visa: { ranges: [['4', '4']], lengths: [13, 16, 19] },
  mastercard: {
    ranges: [
      ['51', '55'],
      ['2221', '2720'],
    ],
    lengths: [16],
  },
  amex: {
    ranges: [
      ['34', '34'],
      ['37', '37'],
    ],
    lengths: [15],
  },
  diners: {
    ranges: [
      ['300', '305'],
      ['36', '36'],
      ['38', '39'],
    ],
    lengths: [14, ...LONG],
  },
  discover: {
    ranges: [
      ['6011', '6011'],
      ['644', '649'],
      ['65', '65'],
    ],
    lengths: LONG,
  },
  jcb: { ranges: [['3528', '3589']], lengths: LONG },
  unionpay: { ranges: [['62', '62']], lengths: LONG },
  maestro: {
    ranges: [
      ['50', '50'],
      ['56', '58'],
      ['639', '639'],
      ['67', '67'],
    ],
    lengths: [13, 14, 15, ...LONG],
  },
  mir: { ranges: [['2200', '2204']], lengths: LONG },
};

/**
 * A payment card number: 13-19 digits, Luhn-valid, in a known issuer range with a length that network issues.
 * Written either solid or in groups separated by one kind of separator (space or hyphen), the first group of four.
 */
export function isPaymentCard(candidate: string): boolean {
  const groups = candidate.split(/[ -]/);
  if (groups.length > 1 && (groups[0]!.length !== 4 || (candidate.includes(' ') && candidate.includes('-'))))
    return false;
  const digits = groups.join('');
  if (!/^\d{13,19}$/.test(digits)) return false;
  const issued = Object.values(cardNetworks).some(
    ({ ranges, lengths }) =>
      lengths.includes(digits.length) &&
      ranges.some(([from, to]) => digits.slice(0, from.length) >= from && digits.slice(0, to.length) <= to),
  );
  return issued && luhn(digits);
}

// IBAN ----------------------------------------------------------------------------------------------------------

/** IBAN length per country, from the SWIFT IBAN registry. */
export const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

/** The remainder mod 97 of the number spelled by digits and letters (A = 10 ... Z = 35), a digit at a time. */
function mod97(alphanumeric: string): number {
  let remainder = 0;
  for (const character of alphanumeric) {
    const value = Number.parseInt(character, 36);
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder;
}

/** An IBAN: country code, two check digits and the BBAN, solid or in groups of four; mod 97 = 1 and the country's length. */
export function isIban(candidate: string): boolean {
  if (!/^[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4})*(?: ?[A-Za-z0-9]{1,3})?$/.test(candidate)) return false;
  const compact = candidate.replaceAll(' ', '').toUpperCase();
  if (ibanLengths[compact.slice(0, 2)] !== compact.length) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

// E-mail --------------------------------------------------------------------------------------------------------

const LABEL = `[${WORD}](?:[${WORD}-]*[${WORD}])?`;

/**
 * A pragmatic e-mail address: local part of letters (any script), digits and . _ % + -; a domain of labels that
 * neither start nor end with a hyphen, and a top-level domain of letters. Every quantifier is separated from the
 * next by a character it cannot match (@ or .), so matching stays linear; the local part is at most 64 characters
 * (RFC 5321), so trying it at every start of a long run costs a constant each.
 */
export const EMAIL_SOURCE = `[${WORD}._%+-]{1,64}@${LABEL}(?:\\.${LABEL})*\\.[\\p{L}\\p{M}]{2,63}`;
const EMAIL = new RegExp(`^${EMAIL_SOURCE}$`, 'u');

export function isEmailAddress(candidate: string): boolean {
  return EMAIL.test(candidate);
}

// Phone numbers -------------------------------------------------------------------------------------------------

/**
 * The shapes a phone number is written in. Digit groups are always divided by a separator, never by an optional
 * one, so a run of digits can be split only one way and a failed match cannot backtrack exponentially.
 */
export const PHONE_SOURCES = {
  /** +47 22 33 44 55, +46 8 123 456 78, +44 (0)20 7946 0958, 0047 22 33 44 55, (+47) 22334455. */
  international: String.raw`\(?(?:\+|00)\d+\)?(?:[ .\-]?\(0\)[ .\-]?\d+)?(?:[ .\-/]\(?\d+\)?){0,6}`,
  /** Norwegian landline and mobile groupings: 22 33 44 55, 223 34 455 (no Norwegian number starts with 0 or 1). */
  norwegian: String.raw`[2-9]\d(?: \d{2}){3}|[2-9]\d{2} \d{2} \d{3}`,
  /** Swedish, Finnish and Ukrainian national forms with a trunk 0: 08-123 456 78, 040 123 4567, (044) 123-45-67. */
  trunk: String.raw`\(?0[1-9]\d{0,2}\)?[ \-]?\d{2,8}(?:[ \-]\d{2,4}){0,3}`,
  /** A solid run of digits, a phone number only in context (see `isPhoneNumber`). */
  solid: String.raw`\d{8,12}`,
} as const;

const PHONE_SHAPES = Object.fromEntries(
  Object.entries(PHONE_SOURCES).map(([name, source]) => [name, new RegExp(`^(?:${source})$`)]),
) as Record<keyof typeof PHONE_SOURCES, RegExp>;

/** Calling codes accepted after a "00" prefix, where "00" alone is too weak a sign (order numbers have leading zeros). */
const DIALLED_COUNTRIES = /^(?:1|3[0-469]|4[0-9]|35[0-9]|37[0-9]|38[0-9]|7)/;

/** What the words just before a number say about it. */
export type NumberCue = 'phone' | 'reference' | 'none';

/**
 * Whether a candidate written in one of `PHONE_SOURCES`' shapes is a phone number. `cue` is what the text just
 * before it says: "tlf", "ring", "puh", "тел" make any solid 8-12 digit run a phone number; "ordre", "faktura",
 * "kr", "#" keep a solid run from being one.
 *
 * A solid 8-digit run with no cue is Norwegian only when it starts with 4 or 9 (the mobile ranges): the commonest
 * way Norwegians write a mobile number, while order and customer numbers that start with 1-3, 5-8 survive. The cost
 * is an occasional uncued order number starting with 4 or 9; grouped like a phone number it is always one.
 */
export function isPhoneNumber(candidate: string, cue: NumberCue = 'none'): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (PHONE_SHAPES.international.test(candidate)) {
    const dialled = /^\(?00/.test(candidate);
    // "(0)" is the trunk prefix shown for domestic callers, not part of the international number.
    const international = candidate.replace('(0)', '').replace(/\D/g, '');
    const number = dialled ? international.slice(2) : international;
    if (number.length < 8 || number.length > 15 || number.startsWith('0')) return false;
    // A solid "00..." run is as likely an order number with leading zeros, so it needs a phone cue.
    return !dialled || cue === 'phone' || (DIALLED_COUNTRIES.test(number) && !/^\(?\d+\)?$/.test(candidate));
  }
  if (PHONE_SHAPES.norwegian.test(candidate)) return true;
  const solid = /^\d+$/.test(candidate);
  if (PHONE_SHAPES.trunk.test(candidate)) {
    if (solid) return cue !== 'reference' && digits.length >= 9 && digits.length <= 10;
    if (digits.length >= 9 && digits.length <= 11) return true;
  }
  if (PHONE_SHAPES.solid.test(candidate)) {
    if (cue === 'phone') return true;
    return cue === 'none' && digits.length === 8 && /^[49]/.test(digits);
  }
  return false;
}

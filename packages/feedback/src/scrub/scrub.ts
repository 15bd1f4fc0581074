// Removes personal data from free-text feedback before it is stored or sent. One left-to-right pass: a regex of a
// single character class finds the triggers (a run of digits, "@", "+", "("), a few character checks decide where a
// finding could start there (a number that does not continue another, the two letters of an IBAN, the start of the
// word before an "@"), and at that start the detectors below are tried in order of how specific their validation
// is. The first that both matches and validates wins and the scan resumes after it, so findings never overlap and
// the more specific kind beats the phone number. Every pattern is anchored (sticky) and linear.
import {
  EMAIL_SOURCE,
  PHONE_SOURCES,
  WORD,
  ibanLengths,
  isEmailAddress,
  isDanishPersonalId,
  isFinnishPersonalId,
  isIban,
  isIcelandicKennitala,
  isNorwegianNationalId,
  isPaymentCard,
  isPhoneNumber,
  isSwedishPersonalId,
  isUkrainianTaxId,
  satisfiesCprModulus11,
} from './validators.js';
import type { NumberCue } from './validators.js';

export type PersonalDataKind =
  | 'email'
  | 'phone'
  | 'no-national-id'
  | 'se-personal-id'
  | 'fi-personal-id'
  | 'dk-personal-id'
  | 'is-personal-id'
  | 'ua-tax-id'
  | 'payment-card'
  | 'iban';

/** One piece of personal data that was removed. Offsets are UTF-16 indices into the original text, `end` exclusive. */
export interface ScrubFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

export interface ScrubResult {
  /** The text with every finding replaced by its placeholder from `scrubPlaceholders`. */
  text: string;
  /** What was removed, sorted by `start`, never overlapping. */
  found: ScrubFinding[];
}

/**
 * What replaces each kind. The national numbers share one placeholder: the reader of the feedback needs to
 * know that an identity number was given, not whose country issued it (`found` keeps the exact kind).
 */
export const scrubPlaceholders: Readonly<Record<PersonalDataKind, string>> = {
  email: '[e-mail]',
  phone: '[phone number]',
  'no-national-id': '[national identity number]',
  'se-personal-id': '[national identity number]',
  'fi-personal-id': '[national identity number]',
  'dk-personal-id': '[national identity number]',
  'is-personal-id': '[national identity number]',
  'ua-tax-id': '[national identity number]',
  'payment-card': '[card number]',
  iban: '[IBAN]',
};

/**
 * Where a match must stop: not inside a word, and not just before another part of a number ("24.11.2026",
 * "1 234 567", "14:30"), which would mean only a piece of a longer number was matched.
 */
const NUMBER_END = String.raw`(?![${WORD}_]|[ .,:\-/]\p{N})`;

/** What can set off a finding: the first digit of a run, the "@" of an address, the "+" or "(" of a phone number. */
const TRIGGERS = /\d+|[@+(]/g;
const WORD_CHARACTER = new RegExp(`[${WORD}_]`, 'u');
const LOCAL_PART_CHARACTER = new RegExp(`[${WORD}._%+\\-]`, 'u');
/** Characters that join the parts of one number: "24.11.2026", "1 234 567", "14:30". */
const NUMBER_JOINERS = ' .,:-/';
/** RFC 5321's limit on the local part, which also bounds the walk back from an "@". */
const LOCAL_PART_MAX = 64;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A digit, "+" or "(" at `index` starts a number unless it continues a word, a "+", or a number and one joiner. */
function startsNumber(text: string, index: number): boolean {
  if (index === 0) return true;
  const code = text.charCodeAt(index - 1);
  // ASCII first, without a regex: this runs for every run of digits in the text.
  if (code < 128) {
    if (isDigitCode(code) || code === 43 || code === 95 || ((code | 32) >= 97 && (code | 32) <= 122)) return false;
    if (!NUMBER_JOINERS.includes(String.fromCharCode(code)) || index < 2) return true;
    const twoBefore = text.charCodeAt(index - 2);
    return !(twoBefore < 128 ? isDigitCode(twoBefore) : /\p{N}/u.test(text.charAt(index - 2)));
  }
  return !WORD_CHARACTER.test(text.charAt(index - 1));
}

/** Where the local part of the address whose "@" is at `at` starts, or -1 when there is none. */
function localPartStart(text: string, at: number, floor: number): number {
  let start = at;
  while (start > floor && at - start < LOCAL_PART_MAX && LOCAL_PART_CHARACTER.test(text.charAt(start - 1))) start--;
  // Stopped by the length limit inside a longer word: not an address we can bound.
  if (start === at || (start > 0 && LOCAL_PART_CHARACTER.test(text.charAt(start - 1)))) return -1;
  return start;
}

function sticky(source: string, end = NUMBER_END): RegExp {
  return new RegExp(`(?:${source})${end}`, 'uy');
}

function matchAt(pattern: RegExp, text: string, start: number): string | undefined {
  pattern.lastIndex = start;
  return pattern.exec(text)?.[0];
}

// How far back to look for a cue word, and the cue words themselves. A phone cue may be a few words away
// ("ring meg på", "soita minulle numeroon"); a reference cue must sit right before the number ("ordre nr. ").
const CUE_WINDOW = 40;
const REFERENCE_CUE_WINDOW = 24;
/** At most this many characters (no digit, no line break) between a phone word and the number. */
const PHONE_CUE_GAP = 20;
/** At most this many of `REFERENCE_GAP` between a reference cue and the number: "nr. ", "#: ". */
const REFERENCE_CUE_GAP = 4;
const REFERENCE_GAP = /[\s.:#№-]/u;
const REFERENCE_SYMBOLS = '#№€$';
const LETTER = /\p{L}/u;
const NUMBER_OR_LINE_BREAK = /[\p{N}\n]/u;
// Whole words: tested on one run of letters, so no regex has to try every position of a window.
const PHONE_WORD =
  /^(?:tlf|tel|telefon\p{L}*|phone\p{L}*|mob|mobil\p{L}*|cell\p{L}*|call|sms|ring\p{L}*|puh|puhelin\p{L}*|soita\p{L}*|gsm|тел|телефон\p{L}*|моб|мобіл\p{L}*|дзвон\p{L}*)$/iu;
const REFERENCE_WORD =
  /^(?:ord(?:er|re)\p{L}*|bestilling\p{L}*|beställning\p{L}*|tilaus\p{L}*|invoice|faktura\p{L}*|lasku\p{L}*|kund\p{L}*|customer|asiakas\p{L}*|ref\p{L}*|viite\p{L}*|sak|saksnr|saksnummer|sag|sagsnr|sagsnummer|mál|málsnúmer|pöntun\p{L}*|reikning\p{L}*|ärende\p{L}*|case|ticket|nr|no|id|kr|nok|sek|dkk|eur|usd|грн|замовлен\p{L}*|рахун\p{L}*)$/iu;

/** The run of letters that ends at `end`, reaching back no further than `floor`. */
function wordBefore(text: string, end: number, floor: number): string {
  let start = end;
  while (start > floor && LETTER.test(text.charAt(start - 1))) start--;
  return text.slice(start, end);
}

/** A reference word or sign ("ordre", "faktura", "kr", "#", "№") right before `end`, with a few separators between. */
function referenceCueBefore(text: string, end: number, floor = Math.max(0, end - REFERENCE_CUE_WINDOW)): boolean {
  for (let gap = 0; end > floor; gap++, end--) {
    const character = text.charAt(end - 1);
    if (REFERENCE_SYMBOLS.includes(character)) return true;
    if (LETTER.test(character)) return REFERENCE_WORD.test(wordBefore(text, end, floor));
    if (gap === REFERENCE_CUE_GAP || !REFERENCE_GAP.test(character)) return false;
  }
  return false;
}

/** A phone word ("tlf", "ring", "puh", "тел") a few words before `start`, with no number or line break between. */
function phoneCueBefore(text: string, start: number): boolean {
  const floor = Math.max(0, start - CUE_WINDOW);
  let end = start;
  while (end > floor && start - end <= PHONE_CUE_GAP) {
    const character = text.charAt(end - 1);
    if (NUMBER_OR_LINE_BREAK.test(character)) return false;
    if (!LETTER.test(character)) {
      end--;
      continue;
    }
    const word = wordBefore(text, end, floor);
    if (PHONE_WORD.test(word)) return true;
    end -= word.length;
  }
  return false;
}

/** What follows a label before the number: "РНОКПП № ", "ІПН: ", "CPR-nr. ", "kt. ". */
const LABEL_END = String.raw`(?!\p{L})[\s.:#№-]{0,4}(?:(?:no|nr)\.?[\s:]{0,2})?$`;
/** The labels a national number is written after, per country; a label outweighs a reference cue. */
const ID_LABELS = {
  ua: new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:рнокпп|іпн|ипн|инн|ідентифікаційн\p{L}*(?:\s(?:код|номер)\p{L}*)?|податков\p{L}*\s(?:номер|код)\p{L}*|rnokpp|ipn|inn|tin|tax\s?id|id|ід)${LABEL_END}`,
    'iu',
  ),
  dk: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:cpr(?:-?(?:nr|nummer))?|personnummer|personnr|p-nr)${LABEL_END}`, 'iu'),
  is: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:kennitala|kennitölu|kt)${LABEL_END}`, 'iu'),
} as const;

/** Whether `label` stands right before `start`, and is not itself part of a reference ("ordre id 3012345670"). */
function labelledAs(label: RegExp, text: string, start: number): boolean {
  const floor = Math.max(0, start - CUE_WINDOW);
  const match = label.exec(text.slice(floor, start));
  return match !== null && !referenceCueBefore(text, floor + match.index, floor);
}

/** What the words right before `start` say about a number there; a reference cue is nearer, so it wins. */
function cueBefore(text: string, start: number): NumberCue {
  if (referenceCueBefore(text, start)) return 'reference';
  return phoneCueBefore(text, start) ? 'phone' : 'none';
}

/** A detector returns where its finding ends, or -1 when there is none at `start`. */
type Detect = (text: string, start: number) => number;

function validated(pattern: RegExp, validate: (candidate: string, text: string, start: number) => boolean): Detect {
  return (text, start) => {
    const candidate = matchAt(pattern, text, start);
    return candidate !== undefined && validate(candidate, text, start) ? start + candidate.length : -1;
  };
}

const EMAIL = sticky(EMAIL_SOURCE, String.raw`(?![${WORD}_\-]|\.[${WORD}])`);
const CARD = sticky(String.raw`\d(?:[ \-]?\d){12,18}`);
const NO_ID = sticky(String.raw`\d{6}[ \-]?\d{5}`);
const SE_ID = sticky(String.raw`(?:\d{2})?\d{6}[\-+]?\d{4}`);
const FI_ID = sticky(String.raw`\d{6}[\-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]`);
const UA_ID = sticky(String.raw`\d{10}`);
const DK_IS_ID = sticky(String.raw`\d{6}[ \-]?\d{4}`);
const PHONES = Object.values(PHONE_SOURCES).map((source) => sticky(source));
const ALPHANUMERIC = /^[A-Za-z0-9]$/;

/** The IBAN's length comes from its country, so the scan stops exactly there even when a word follows. */
function detectIban(text: string, start: number): number {
  const length = ibanLengths[text.slice(start, start + 2).toUpperCase()];
  if (length === undefined) return -1;
  let index = start;
  for (let count = 0; count < length; count++, index++) {
    // One space between groups of four.
    if (count > 0 && count % 4 === 0 && text[index] === ' ') index++;
    if (!ALPHANUMERIC.test(text.charAt(index))) return -1;
  }
  if (WORD_CHARACTER.test(text.charAt(index))) return -1;
  return isIban(text.slice(start, index)) ? index : -1;
}

function detectPhone(text: string, start: number): number {
  let cue: NumberCue | undefined;
  for (const pattern of PHONES) {
    const candidate = matchAt(pattern, text, start);
    // The cue is read only once a shape matched: it costs more than failing a match.
    if (candidate !== undefined && isPhoneNumber(candidate, (cue ??= cueBefore(text, start))))
      return start + candidate.length;
  }
  return -1;
}

/**
 * Whether enough digits follow `start` for any number kind: eight, in a run where digits are at most two
 * characters apart ("(044) 1"), or the six-digit date and century sign of a Finnish identity number. Short numbers
 * (years, prices, quantities) are most of the candidates, and this loop turns them away cheaper than the regexes.
 */
function hasEnoughDigits(text: string, start: number): boolean {
  let digits = 0;
  let gap = 0;
  for (let index = start; index < text.length && index < start + 48; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      if (++digits >= 8) return true;
      gap = 0;
    } else if (digits === 6 && index === start + 6) {
      return true; // a Finnish century sign may be a letter
    } else if (code === 32 || code === 40 || code === 41 || code === 43 || code === 45 || code === 46 || code === 47) {
      if (++gap > 2) return false;
    } else {
      return false;
    }
  }
  return false;
}

/**
 * A kennitala after a label or with no reference cue: a check digit, a date and a century digit make a look-alike
 * rare enough.
 */
function isIcelandicId(candidate: string, text: string, start: number): boolean {
  return (
    (labelledAs(ID_LABELS.is, text, start) || cueBefore(text, start) !== 'reference') && isIcelandicKennitala(candidate)
  );
}

/**
 * A CPR number. Since 2007 not every CPR number passes modulus 11, and a date alone matches one ten-digit number in
 * thirty, so the date suffices only after a CPR label or in the written form DDMMYY-SSSS; a solid (or spaced) run
 * also needs modulus 11. Without a label, a reference cue ("ordre", "sag", "kr") keeps either an ordinary number.
 */
function isDanishId(candidate: string, text: string, start: number): boolean {
  if (!isDanishPersonalId(candidate)) return false;
  if (labelledAs(ID_LABELS.dk, text, start)) return true;
  if (cueBefore(text, start) === 'reference') return false;
  return candidate.charAt(6) === '-' || satisfiesCprModulus11(candidate);
}

/**
 * An RNOKPP after a label ("РНОКПП №", "ІПН:", "id") whatever its first digit. A bare ten-digit run passes the
 * check one time in eleven, so it counts only with no cue at all: after "tlf" it is a phone number, after "ordre" or
 * "kr" an ordinary number; bare runs starting with 0 are left to the phone detector (the national form of Swedish,
 * Finnish and Ukrainian numbers), which misses the unlabelled RNOKPP of people born before 1927.
 */
function isUkrainianId(candidate: string, text: string, start: number): boolean {
  if (labelledAs(ID_LABELS.ua, text, start)) return isUkrainianTaxId(candidate);
  return candidate.charAt(0) !== '0' && cueBefore(text, start) === 'none' && isUkrainianTaxId(candidate);
}

/** In order of precedence: the stricter a kind's validation, the earlier. */
const NUMBER_DETECTORS: ReadonlyArray<readonly [PersonalDataKind, Detect]> = [
  ['payment-card', validated(CARD, isPaymentCard)],
  ['no-national-id', validated(NO_ID, isNorwegianNationalId)],
  // Before Swedish: "DDMMYY-NNNC" with a digit check character fits both, and the mod-31 check is the stricter.
  ['fi-personal-id', validated(FI_ID, isFinnishPersonalId)],
  ['se-personal-id', validated(SE_ID, isSwedishPersonalId)],
  ['is-personal-id', validated(DK_IS_ID, isIcelandicId)],
  ['dk-personal-id', validated(DK_IS_ID, isDanishId)],
  ['ua-tax-id', validated(UA_ID, isUkrainianId)],
  ['phone', detectPhone],
];
const PHONE_DETECTORS: ReadonlyArray<readonly [PersonalDataKind, Detect]> = [['phone', detectPhone]];
const detectEmail = validated(EMAIL, isEmailAddress);
const EMAIL_DETECTORS: ReadonlyArray<readonly [PersonalDataKind, Detect]> = [['email', detectEmail]];
const IBAN_DETECTORS: ReadonlyArray<readonly [PersonalDataKind, Detect]> = [['iban', detectIban]];
/** An "@" within reach of a local part; bounded, or a long run with a start at every "%12345678" would be quadratic. */
const REACHES_AT = new RegExp(`[${WORD}._%+\\-]{0,${LOCAL_PART_MAX - 1}}@`, 'uy');

/** Where a finding could start for the trigger at `at`, and what to try there; undefined when nothing can. */
function candidateAt(
  text: string,
  at: number,
  floor: number,
): [number, ReadonlyArray<readonly [PersonalDataKind, Detect]>] | undefined {
  const code = text.charCodeAt(at);
  if (code === 64) {
    const start = localPartStart(text, at, floor);
    return start < 0 ? undefined : [start, EMAIL_DETECTORS];
  }
  // "NO93...": the trigger is the check digits, the IBAN starts at the two letters before them.
  if (
    isDigitCode(code) &&
    at - 2 >= floor &&
    /^[A-Za-z]{2}\d\d/.test(text.slice(at - 2, at + 2)) &&
    !WORD_CHARACTER.test(text.charAt(at - 3))
  ) {
    return [at - 2, IBAN_DETECTORS];
  }
  if (!startsNumber(text, at) || !hasEnoughDigits(text, at)) return undefined;
  const detectors = isDigitCode(code) ? NUMBER_DETECTORS : PHONE_DETECTORS;
  // "98765432@sms.example", "ola.98765432@example.no": a number in an address is part of it, from its local part's start.
  REACHES_AT.lastIndex = at;
  if (REACHES_AT.test(text)) {
    const start = localPartStart(text, REACHES_AT.lastIndex - 1, floor);
    if (start >= 0 && detectEmail(text, start) >= 0) return [start, EMAIL_DETECTORS];
  }
  return [at, detectors];
}

/** Finds e-mail addresses, phone numbers, national identity numbers, card numbers and IBANs and replaces them. */
export function scrubPersonalData(text: string): ScrubResult {
  const found: ScrubFinding[] = [];
  const parts: string[] = [];
  let copied = 0;
  // A copy per call: the global regex carries its position in `lastIndex`.
  const triggers = new RegExp(TRIGGERS);
  for (let trigger = triggers.exec(text); trigger !== null; trigger = triggers.exec(text)) {
    const candidate = candidateAt(text, trigger.index, copied);
    if (candidate === undefined) continue;
    const [start, detectors] = candidate;
    for (const [kind, detect] of detectors) {
      const end = detect(text, start);
      if (end < 0) continue;
      found.push({ kind, start, end });
      parts.push(text.slice(copied, start), scrubPlaceholders[kind]);
      copied = end;
      triggers.lastIndex = end;
      break;
    }
  }
  if (found.length === 0) return { text, found };
  parts.push(text.slice(copied));
  return { text: parts.join(''), found };
}

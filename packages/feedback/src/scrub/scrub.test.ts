import { describe, expect, it } from 'vitest';
import { scrubPersonalData, scrubPlaceholders } from './index.js';
import type { PersonalDataKind } from './index.js';
import {
  isEmailAddress,
  isDanishPersonalId,
  isFinnishPersonalId,
  isIban,
  isIcelandicKennitala,
  isNorwegianNationalId,
  isPaymentCard,
  isPhoneNumber,
  isRealDate,
  isSwedishPersonalId,
  isUkrainianTaxId,
  luhn,
  satisfiesCprModulus11,
} from './validators.js';

// Every check digit below was computed by a throwaway Python script, independent of validators.ts:
// NO: K1 = 11 - (Σ d·[3,7,6,1,8,9,4,5,2] mod 11), K2 = 11 - (Σ d·[5,4,3,2,7,6,5,4,3,2] mod 11), 11 → 0, 10 → none;
//     from 2032 K1 may also be 12, 13 or 14 minus that remainder (mod 11), as Skatteetaten publishes it.
// SE: the Luhn digit of the first nine digits of the ten-digit form.
// FI: "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYNNN mod 31].
// DK: the century from the year and the first sequence digit; modulus 11 with weights [4,3,2,7,6,5,4,3,2,1].
// IS: check digit = 11 - (Σ d·[3,2,7,6,5,4,3,2] mod 11), 11 → 0; the last digit 9/0/8 is the century 19/20/18.
// UA: first five digits = days since 31.12.1899, check = (Σ d·[-1,5,7,9,4,6,10,5,7] mod 11) mod 10.
// Cards and IBANs are the networks' and banks' published test numbers, re-checked with Luhn and mod 97.

/** The kinds found in `text`, in order. */
function kinds(text: string): PersonalDataKind[] {
  return scrubPersonalData(text).found.map((finding) => finding.kind);
}

/** Asserts that `value`, embedded in a sentence, is found whole as `kind` and replaced by its placeholder. */
function expectScrubbed(value: string, kind: PersonalDataKind, before = 'Hei, ', after = ' takk.'): void {
  const text = `${before}${value}${after}`;
  const result = scrubPersonalData(text);
  expect(result.found, value).toEqual([{ kind, start: before.length, end: before.length + value.length }]);
  expect(result.text).toBe(`${before}${scrubPlaceholders[kind]}${after}`);
}

function expectSurvives(text: string): void {
  const result = scrubPersonalData(text);
  expect(result.found, text).toEqual([]);
  expect(result.text).toBe(text);
}

describe('validators', () => {
  it('checks Luhn and real calendar dates', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2026, 4, 31)).toBe(false);
    expect(isRealDate(2026, 13, 1)).toBe(false);
  });

  it('accepts Norwegian fødselsnummer, D- and H-numbers and rejects wrong check digits and impossible dates', () => {
    expect(isNorwegianNationalId('01019012480')).toBe(true); // 01.01.1990, individual 124
    expect(isNorwegianNationalId('010190 12561')).toBe(true); // with a space after the date
    expect(isNorwegianNationalId('41019012393')).toBe(true); // D-number: day 01 + 40
    expect(isNorwegianNationalId('01509012330')).toBe(true); // H-number: month 10 + 40
    expect(isNorwegianNationalId('29020050088')).toBe(true); // 29.02.2000: individual 500 is born 2000-2039
    expect(isNorwegianNationalId('01019012481')).toBe(false); // K2 off by one
    expect(isNorwegianNationalId('01019012470')).toBe(false); // K1 off by one
    expect(isNorwegianNationalId('31049012392')).toBe(false); // 31 April, check digits right
    expect(isNorwegianNationalId('29020012380')).toBe(false); // 29.02.1900: individual 123 is born 1900-1999
    expect(isNorwegianNationalId('29020112482')).toBe(false); // 29.02.2001
    expect(isNorwegianNationalId('0101901248')).toBe(false);
  });

  it('accepts Norwegian numbers issued from 2032, whose first check remainder may be 0, 1, 2 or 3', () => {
    // Skatteetaten's own examples: 30.10.1982 with remainder 0 and 1, 02.01.2032 with remainder 0 and 2.
    for (const id of ['30108299920', '30108299939', '02013299997', '02013299903'])
      expect(isNorwegianNationalId(id), id).toBe(true);
    expect(isNorwegianNationalId('01019012405')).toBe(true); // remainder 3
    expect(isNorwegianNationalId('41019012318')).toBe(true); // D-number, remainder 3
    expect(isNorwegianNationalId('01509012357')).toBe(true); // H-number, remainder 2
    expect(isNorwegianNationalId('010190-12405')).toBe(true); // with a hyphen after the date
    expect(isNorwegianNationalId('30108299963')).toBe(false); // remainder 4, second check digit right
    expect(isNorwegianNationalId('30108299938')).toBe(false); // second check digit off by one
    // From 2032 the individual number no longer tells the century: 29 February "00" exists in 2000.
    expect(isNorwegianNationalId('29020012399')).toBe(true);
    expect(isNorwegianNationalId('29020112318')).toBe(false); // 29.02.2001 exists in no century
    expect(isNorwegianNationalId('010190 -12405')).toBe(false);
  });

  it('accepts Swedish personnummer and samordningsnummer in every written form', () => {
    for (const id of [
      '811218-9876',
      '811218+9876',
      '8112189876',
      '19811218-9876',
      '198112189876',
      '701063-2391',
      '000229-1235',
    ]) {
      expect(isSwedishPersonalId(id), id).toBe(true);
    }
    expect(isSwedishPersonalId('811218-9877')).toBe(false); // Luhn
    expect(isSwedishPersonalId('811318-9875')).toBe(false); // month 13, Luhn right
    expect(isSwedishPersonalId('811232-9878')).toBe(false); // day 32, Luhn right
    expect(isSwedishPersonalId('000229+1235')).toBe(false); // "+": 29.02.1900
    expect(isSwedishPersonalId('21811218-9876')).toBe(false); // no 22nd-century births yet
  });

  it('accepts Finnish henkilötunnus with every century sign', () => {
    for (const id of ['131052-308T', '131052-308t', '010101A123N', '010594Y9021', '290200A1239']) {
      expect(isFinnishPersonalId(id), id).toBe(true);
    }
    expect(isFinnishPersonalId('131052-308U')).toBe(false); // check character
    expect(isFinnishPersonalId('310452-308K')).toBe(false); // 31 April, check right
    expect(isFinnishPersonalId('290201A123J')).toBe(false); // 29.02.2001, check right
    expect(isFinnishPersonalId('131052G308T')).toBe(false); // G is no century sign
  });

  it('accepts a Danish CPR number with a real date in the century its sequence number gives, modulus 11 or not', () => {
    for (const id of ['010165-2009', '0101652009', '010165 2009', '010165-2000', '290200-4001', '290200-5000'])
      expect(isDanishPersonalId(id), id).toBe(true);
    expect(isDanishPersonalId('290200-2009')).toBe(false); // 29.02.1900: sequence 0-3 is born 1900-1999
    expect(isDanishPersonalId('290258-6000')).toBe(false); // 29.02.1858
    expect(isDanishPersonalId('320165-2009')).toBe(false);
    expect(isDanishPersonalId('011365-2009')).toBe(false);
    expect(satisfiesCprModulus11('010165-2009')).toBe(true);
    expect(satisfiesCprModulus11('010165-2000')).toBe(false);
  });

  it('accepts an Icelandic kennitala with a right check digit, a real date and a century digit', () => {
    for (const id of ['120174-3399', '1201743399', '150305-2090', '290200-2370'])
      expect(isIcelandicKennitala(id), id).toBe(true);
    expect(isIcelandicKennitala('120174-3389')).toBe(false); // check digit
    expect(isIcelandicKennitala('290200-2379')).toBe(false); // 29.02.1900, check right
    expect(isIcelandicKennitala('120174-3391')).toBe(false); // no century 1
    expect(isIcelandicKennitala('410174-3329')).toBe(false); // a company: day + 40, check right
    expect(isIcelandicKennitala('120174 3399')).toBe(false);
  });

  it('accepts a Ukrainian RNOKPP with a right check digit and a birth date in the past', () => {
    expect(isUkrainianTaxId('3121212343')).toBe(true); // born 15.06.1985 (day 31212)
    expect(isUkrainianTaxId('3616056785')).toBe(true); // born 01.01.1999 (day 36160)
    expect(isUkrainianTaxId('3121212344')).toBe(false); // check digit
    expect(isUkrainianTaxId('9999912340')).toBe(false); // check right, born in 2173
    expect(isUkrainianTaxId('4700012341', new Date('2026-01-01'))).toBe(false); // day 47000 is after 1 January 2026
  });

  it('accepts card numbers in a known issuer range only', () => {
    for (const card of [
      '4111 1111 1111 1111',
      '5555-5555-5555-4444',
      '378282246310005',
      '3782 822463 10005',
      '2223003122003222',
      '6011111111111117',
      '3530111333300000',
    ]) {
      expect(isPaymentCard(card), card).toBe(true);
    }
    expect(isPaymentCard('4111 1111 1111 1112')).toBe(false); // Luhn
    expect(isPaymentCard('1234 5678 1234 5670')).toBe(false); // Luhn right, no network starts with 1
    expect(isPaymentCard('4111 1111-1111 1111')).toBe(false); // mixed separators
    expect(isPaymentCard('411 1111 1111 11111')).toBe(false); // first group is not four digits
    expect(isPaymentCard('37828224631000')).toBe(false); // Amex is 15 digits
  });

  it('accepts IBANs with the right length for the country and mod 97 = 1', () => {
    const ibans = [
      'NO9386011117947',
      'SE4550000000058398257466',
      'FI2112345600000785',
      'DK5000400440116243',
      'DE89370400440532013000',
      'GB29NWBK60161331926819',
      'UA213223130000026007233566001',
      'FR1420041010050500013M02606',
      'NL91ABNA0417164300',
      'PL61109010140000071219812874',
      'ES9121000418450200051332',
      'IT60X0542811101000000123456',
    ];
    for (const iban of ibans) expect(isIban(iban), iban).toBe(true);
    expect(isIban('NO93 8601 1117 947')).toBe(true);
    expect(isIban('no93 8601 1117 947')).toBe(true);
    expect(isIban('NO93 8601 1117 948')).toBe(false); // mod 97
    expect(isIban('NO938601111794')).toBe(false); // Norway is 15 characters
    expect(isIban('NO93 86011 117 947')).toBe(false); // groups of four
    expect(isIban('XX9386011117947')).toBe(false); // no such country
  });

  it('accepts pragmatic e-mail addresses', () => {
    for (const email of [
      'ola.nordmann@example.no',
      'kari+feedback@mail.example.co.uk',
      'jürgen.müller@bücher.de',
      'олена@приклад.укр',
      'user_1@sub.domain.fi',
    ]) {
      expect(isEmailAddress(email), email).toBe(true);
    }
    for (const email of ['ola@localhost', '@example.no', 'ola@@example.no', 'ola@-bad.no', 'ola@example.n0']) {
      expect(isEmailAddress(email), email).toBe(false);
    }
  });

  it('takes a solid eight-digit run for a phone number only with a phone cue or a Norwegian mobile prefix', () => {
    expect(isPhoneNumber('22334455')).toBe(false);
    expect(isPhoneNumber('22334455', 'phone')).toBe(true);
    expect(isPhoneNumber('98765432')).toBe(true);
    expect(isPhoneNumber('98765432', 'reference')).toBe(false);
    expect(isPhoneNumber('12345678')).toBe(false);
    expect(isPhoneNumber('22 33 44 55')).toBe(true);
    expect(isPhoneNumber('0047 22 33 44 55')).toBe(true);
    expect(isPhoneNumber('0012345678')).toBe(false);
    expect(isPhoneNumber('06-11-2026')).toBe(false);
  });
});

describe('scrubPersonalData', () => {
  it('replaces e-mail addresses, including subdomains, plus-addressing and IDN letters', () => {
    expectScrubbed('ola.nordmann@example.no', 'email');
    expectScrubbed('kari+feedback@mail.example.co.uk', 'email');
    expectScrubbed('jürgen.müller@bücher.de', 'email');
    expectScrubbed('олена@приклад.укр', 'email', 'Пишіть на ', ', дякую.');
    // The sentence's full stop is not part of the address.
    expect(scrubPersonalData('Skriv til ola@nav.no.').text).toBe('Skriv til [e-mail].');
    expectSurvives('Serveren heter ola@localhost og @example.no er ingen adresse.');
  });

  it('replaces an address whole when a long number in its local part could start a phone number', () => {
    expectScrubbed('ola.98765432@example.no', 'email');
    expectScrubbed('0_.00000000@a.aa', 'email');
    expectScrubbed('kari+4798765432@example.no', 'email');
  });

  it('replaces phone numbers in international and national forms', () => {
    for (const phone of [
      '+47 22 33 44 55',
      '+4722334455',
      '0047 22 33 44 55',
      '+46 8 123 456 78',
      '+358 40 123 4567',
      '+380 44 123 4567',
      '+44 (0)20 7946 0958',
      '22 33 44 55',
      '223 34 455',
      '98765432',
      '08-123 456 78',
      '070-123 45 67',
      '040 123 4567',
      '09 1234 5678',
      '044 123 4567',
      '067 123 45 67',
      '(044) 123-45-67',
    ]) {
      expectScrubbed(phone, 'phone');
    }
  });

  it('takes a solid eight-digit run after a phone cue word for a phone number', () => {
    expectScrubbed('22334455', 'phone', 'tlf ');
    expectScrubbed('22334455', 'phone', 'Ring meg på ');
    expectScrubbed('22334455', 'phone', 'puh. ');
    expectScrubbed('22334455', 'phone', 'тел.: ');
  });

  it('leaves order numbers, dates, prices, years and postcodes alone', () => {
    expectSurvives('order 12345678');
    expectSurvives('Ordre nr. 45678901 kom aldri.'); // mobile-like, but after a reference cue
    expectSurvives('Kundenummer 98765432');
    expectSurvives('22334455'); // no cue, not a mobile prefix, not grouped
    expectSurvives(
      'Levert 24.11.2026, 2026-11-24 eller 24/11/2026, kl. 14:30, senest 06-11-2026 eller 01-12-2026 14:30.',
    );
    expectSurvives('Det kostet kr 1 299,00, € 12.50 og 1 234 567 kr, kr 49900000 totalt, +2,5 % fra 2025 til 2026.');
    expectSurvives('Postadresse: Postboks 123, 0150 Oslo. Faktura 1234567890.');
  });

  it('replaces Norwegian fødselsnummer and D-numbers, with or without the space', () => {
    expectScrubbed('01019012480', 'no-national-id');
    expectScrubbed('010190 12561', 'no-national-id');
    expectScrubbed('41019012393', 'no-national-id');
    for (const invalid of ['01019012481', '31049012392', '29020012380', '29020112482'])
      expectSurvives(`Nummer ${invalid} her.`);
  });

  it('replaces Norwegian numbers of the 2032 rule, D- and H-numbers, written solid, with a space or a hyphen', () => {
    for (const id of [
      '30108299939',
      '02013299903',
      '01019012405',
      '41019012318',
      '01509012357',
      '010190 12405',
      '010190-12405',
      '010190-12480',
      '410190-12393',
    ]) {
      expectScrubbed(id, 'no-national-id', 'Fødselsnummeret mitt er ', '.');
    }
    for (const invalid of ['30108299963', '30108299938', '29020112318', '010190-12481'])
      expectSurvives(`Nummer ${invalid} her.`);
  });

  it('replaces Swedish personnummer and samordningsnummer', () => {
    for (const id of ['811218-9876', '811218+9876', '8112189876', '19811218-9876', '198112189876', '701063-2391']) {
      expectScrubbed(id, 'se-personal-id', 'Mitt personnummer är ', '.');
    }
    for (const invalid of ['811218-9877', '811318-9875', '811232-9878', '000229+1235'])
      expectSurvives(`Nummer ${invalid} här.`);
  });

  it('replaces Finnish henkilötunnus', () => {
    for (const id of ['131052-308T', '010101A123N', '010594Y9021', '290200A1239']) {
      expectScrubbed(id, 'fi-personal-id', 'Henkilötunnukseni on ', '.');
    }
    for (const invalid of ['131052-308U', '310452-308K', '290201A123J']) expectSurvives(`Tunnus ${invalid} tässä.`);
  });

  it('replaces a Ukrainian RNOKPP only when no cue says it is a phone or a reference number', () => {
    expectScrubbed('3121212343', 'ua-tax-id', 'Мій РНОКПП ', '.');
    expectScrubbed('3616056785', 'ua-tax-id', 'ІПН: ', '.');
    expectScrubbed('3121212343', 'phone', 'Мій тел. ', '.');
    expectSurvives('Номер замовлення 3121212343.');
    expectSurvives('Ordre 3616056785 og 3121212344 og 9999912340.');
  });

  it('replaces a Ukrainian RNOKPP after its usual labels, in Cyrillic and Latin, even where "№" or "id" would mean a reference', () => {
    for (const label of [
      'РНОКПП № ',
      'РНОКПП: ',
      'ІПН: ',
      'ІПН № ',
      'іпн ',
      'ИНН ',
      'Ідентифікаційний код ',
      'податковий номер: ',
      'RNOKPP no. ',
      'IPN: ',
      'INN ',
      'tax id ',
      'id ',
      'ID: ',
    ]) {
      expectScrubbed('3012345670', 'ua-tax-id', `Мій ${label}`, '.');
    }
    // After a label, also the number of someone born before 1927 (days since 1900 below 10000).
    expectScrubbed('0912345674', 'ua-tax-id', 'РНОКПП ', '.');
    // A label does not make an order number personal, nor an invalid number valid.
    expectSurvives('Номер замовлення id 3012345670.');
    expectSurvives('Ordre id 3012345670.');
    expectSurvives('РНОКПП № 3012345671.');
  });

  it('replaces Danish CPR numbers written DDMMYY-SSSS, and solid ones that pass modulus 11 or follow a CPR label', () => {
    for (const id of ['010165-2009', '010165-2000', '290200-4001', '0101652009'])
      expectScrubbed(id, 'dk-personal-id', 'Mit CPR er ', '.');
    expectScrubbed('0101652000', 'dk-personal-id', 'CPR-nr. ', '.');
    expectScrubbed('010165-2000', 'dk-personal-id', 'cpr nr. ', '.');
    expectScrubbed('0101652000', 'dk-personal-id', 'personnummer: ', '.');
  });

  it('leaves Danish look-alikes alone: dates, prices, order and case numbers, impossible dates, solid runs without modulus 11', () => {
    expectSurvives('Leveret 24-11-1988 kl. 14.30, 24.11.88 og 2026-11-24, pris kr 1.234,50 eller 12.345 kr.');
    expectSurvives('Ordre 241188-1000 og ordrenummer 2411881000, sag nr. 150305-4000, faktura 1503054000.');
    expectSurvives('Nummer 2411881001 og 290200-2009 og 320488-1234 og 3204881234.');
  });

  it('replaces Icelandic kennitala, solid or with the hyphen, and leaves wrong check digits and companies alone', () => {
    for (const id of ['120174-3399', '1201743399', '150305-2090', '2902002370'])
      expectScrubbed(id, 'is-personal-id', 'Kennitalan mín er ', '.');
    expectScrubbed('1201743479', 'is-personal-id', 'kt. ', '.');
    for (const invalid of ['1201743389', '2902002379', '4101743329'])
      expectSurvives(`Pöntun ${invalid} og númer ${invalid}.`);
    expectSurvives('Pöntun 1201743399 kom 12.01.2026.');
  });

  it('replaces Luhn-valid card numbers in a known issuer range', () => {
    expectScrubbed('4111 1111 1111 1111', 'payment-card');
    expectScrubbed('5555-5555-5555-4444', 'payment-card');
    expectScrubbed('3782 822463 10005', 'payment-card');
    expectScrubbed('2223003122003222', 'payment-card');
    for (const invalid of ['4111 1111 1111 1112', '1234 5678 1234 5670', '4111 1111-1111 1111'])
      expectSurvives(`Kort ${invalid} ok.`);
  });

  it('replaces IBANs, grouped or solid, and stops at the country length', () => {
    expectScrubbed('NO93 8601 1117 947', 'iban');
    expectScrubbed('DE89 3704 0044 0532 0130 00', 'iban');
    expectScrubbed('GB29 NWBK 6016 1331 9268 19', 'iban');
    expectScrubbed('UA213223130000026007233566001', 'iban');
    expectScrubbed('SE45 5000 0000 0583 9825 7466', 'iban', 'Konto ', ' ABCD');
    for (const invalid of ['NO93 8601 1117 948', 'NO93 8601 1117 9470', 'DE89 3704 0044 0532 0130 0'])
      expectSurvives(`Konto ${invalid} takk.`);
  });

  it('prefers the validated identity number over a phone number', () => {
    expect(kinds('tlf 8112189876')).toEqual(['se-personal-id']);
    expect(kinds('tlf 01019012480')).toEqual(['no-national-id']);
  });

  it('reports offsets in the original text, sorted and never overlapping', () => {
    const text = 'Ring meg på 22 33 44 55 eller skriv til ola@example.no; fnr 01019012480, kort 4111-1111-1111-1111.';
    const { found, text: scrubbed } = scrubPersonalData(text);
    expect(found.map(({ kind, start, end }) => [kind, text.slice(start, end)])).toEqual([
      ['phone', '22 33 44 55'],
      ['email', 'ola@example.no'],
      ['no-national-id', '01019012480'],
      ['payment-card', '4111-1111-1111-1111'],
    ]);
    expect(found[0]).toEqual({ kind: 'phone', start: 12, end: 23 });
    expect(scrubbed).toBe(
      'Ring meg på [phone number] eller skriv til [e-mail]; fnr [national identity number], kort [card number].',
    );
  });

  it('keeps offsets in UTF-16 units after astral characters', () => {
    const text = '😀🎉 ola@example.no';
    expect(scrubPersonalData(text).found).toEqual([{ kind: 'email', start: 5, end: text.length }]);
  });

  it('scrubs a mixed feedback message in five languages and keeps its dates, prices and order numbers', () => {
    const message = [
      'Hei! Ordre 12345678 fra 24.11.2026 kostet kr 1 299,00. Ring meg på 22 33 44 55 eller 98765432, fnr 01019012480.',
      'Hej, mitt personnummer är 811218-9876 och mobilen 070-123 45 67. Leverans 2026-11-24, order 87654321.',
      'Moi, henkilötunnukseni on 131052-308T, puh. +358 40 123 4567. Tilaus 24/11/2026 maksoi € 12.50.',
      'Привіт, мій РНОКПП 3121212343, тел. 067 123 45 67, рахунок UA21 3223 1300 0002 6007 2335 6600 1.',
      'Hello, please email kari+feedback@mail.example.co.uk; card 4111 1111 1111 1111 was charged 1 234 567 kr in 2026.',
      'Returadresse 0150 Oslo.',
    ].join('\n');
    const { text, found } = scrubPersonalData(message);
    expect(found.map((finding) => finding.kind)).toEqual([
      'phone',
      'phone',
      'no-national-id',
      'se-personal-id',
      'phone',
      'fi-personal-id',
      'phone',
      'ua-tax-id',
      'phone',
      'iban',
      'email',
      'payment-card',
    ]);
    expect(text).toBe(
      [
        'Hei! Ordre 12345678 fra 24.11.2026 kostet kr 1 299,00. Ring meg på [phone number] eller [phone number], fnr [national identity number].',
        'Hej, mitt personnummer är [national identity number] och mobilen [phone number]. Leverans 2026-11-24, order 87654321.',
        'Moi, henkilötunnukseni on [national identity number], puh. [phone number]. Tilaus 24/11/2026 maksoi € 12.50.',
        'Привіт, мій РНОКПП [national identity number], тел. [phone number], рахунок [IBAN].',
        'Hello, please email [e-mail]; card [card number] was charged 1 234 567 kr in 2026.',
        'Returadresse 0150 Oslo.',
      ].join('\n'),
    );
    for (const { start, end } of found) expect(message.slice(start, end)).not.toMatch(/^\s|\s$/);
  });

  it('leaves scrubbed text unchanged when scrubbed again', () => {
    const once = scrubPersonalData('tlf +47 22 33 44 55, ola@example.no, NO93 8601 1117 947').text;
    expect(scrubPersonalData(once)).toEqual({ text: once, found: [] });
  });
});

/**
 * A phone number in E.164 (`+4722334455`), or undefined when it cannot become one. Spaces, dashes, dots, slashes
 * and brackets are ignored; `00` is read as `+`; a number without a country code takes `countryCallingCode`, with
 * one leading trunk `0` dropped ("08-123 456 78" in Sweden is `+46812345678`).
 */
export function toE164(number: string, countryCallingCode?: string): string | undefined {
  if (typeof number !== 'string') return undefined;
  const trimmed = number.trim();
  if (!/^\+?[\d\s().\-/]+$/.test(trimmed)) return undefined;
  let digits = trimmed.replace(/[^\d]/g, '');
  if (trimmed.startsWith('+')) {
    // keep as is
  } else if (digits.startsWith('00')) {
    digits = digits.slice(2);
  } else if (countryCallingCode && /^[1-9]\d{0,2}$/.test(countryCallingCode)) {
    digits = countryCallingCode + digits.replace(/^0/, '');
  } else {
    return undefined;
  }
  // E.164: a country code that does not start with 0, and at most 15 digits in all.
  return /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : undefined;
}

/** A `tel:` link for a number, or undefined when the number cannot be dialled from anywhere. */
export function telHref(number: string, countryCallingCode?: string): string | undefined {
  const e164 = toE164(number, countryCallingCode);
  return e164 && `tel:${e164}`;
}

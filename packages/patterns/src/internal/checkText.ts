// Checks of text that products pass in data, shared by the contact configuration and the service-status incident.

/** Records one problem: where it is, written as in code, and what to do about it. */
export type Report = (path: string, message: string) => void;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** The value as it is written in the configuration, for a message. Never throws: a BigInt or a cycle is shown too. */
export function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return (
      JSON.stringify(value, (_, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item)) ?? `a ${typeof value}`
    );
  } catch {
    return 'an object that contains itself';
  }
}

export function checkText(value: unknown, path: string, report: Report, required: boolean) {
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || value.trim() === '')
    report(path, `${show(value)} is not a text; write a non-empty string`);
}

/** A tag `Intl` accepts as a BCP 47 language tag. */
export function isLanguageTag(tag: unknown): boolean {
  if (typeof tag !== 'string') return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * Text shown to visitors: one string, one per language (`{ en: "Phone", nb: "Telefon" }`), or a function of the
 * locale. `example` is the per-language text the message suggests.
 */
export function checkLocalizedText(
  value: unknown,
  path: string,
  report: Report,
  { required = false, example = '{ en: "Phone", nb: "Telefon" }' }: { required?: boolean; example?: string } = {},
) {
  // A function resolves the text when it is shown; what it returns cannot be checked before then.
  if (typeof value === 'function') return;
  if (value === undefined || typeof value === 'string') return checkText(value, path, report, required);
  if (!isRecord(value) || Object.keys(value).length === 0) {
    return report(path, `${show(value)} is not a text; write a non-empty string, or one per language: ${example}`);
  }
  for (const [tag, text] of Object.entries(value)) {
    const at = /^[a-z]+$/i.test(tag) ? `${path}.${tag}` : `${path}[${JSON.stringify(tag)}]`;
    if (!isLanguageTag(tag))
      report(at, `${show(tag)} is not a BCP 47 language tag; key each text by a language such as "nb" or "en-GB"`);
    else checkText(text, at, report, true);
  }
}

/**
 * The locale to hand `Intl` formatters.
 *
 * Plain `en` writes dates and times the way European services do: a 24-hour clock and the day before the month
 * ("08:00–16:00", "1 December 2026"), as `en-GB` formats them; a bare `en` would get American formats, where "12:00
 * AM" leaves midnight ambiguous. A product that wants another English picks it with a region: `en-US`, `en-IE`.
 *
 * Nynorsk writes dates, times and numbers exactly as Bokmål does, but Chrome ships no Nynorsk formats and falls back
 * to American English ("4:00 PM", "November 24"); Bokmål's formats are in every runtime, so Nynorsk readers get
 * Norwegian times and the server renders what the browser will.
 */
export function formattingLocale(locale: string): string {
  if (/^en$/i.test(locale)) return 'en-GB';
  return locale.replace(/^nn(?=-|$)/i, 'nb');
}

/**
 * The locale to hand `Intl` formatters. Nynorsk writes dates, times and numbers exactly as Bokmål does, but Chrome
 * ships no Nynorsk formats and falls back to American English ("4:00 PM", "November 24"); Bokmål's formats are in
 * every runtime, so Nynorsk readers get Norwegian times and the server renders what the browser will.
 */
export function formattingLocale(locale: string): string {
  return locale.replace(/^nn(?=-|$)/i, 'nb');
}

import { analyze, defaultLixThreshold, resolveLocale } from '@samspill/plain-language';

/**
 * A development warning when the summary's LIX is above the locale's threshold, naming the sentences to rewrite;
 * undefined when the summary reads well. Only called in development, so bundlers drop it (and the analysis) in production.
 */
export function summaryReadabilityWarning(noticeId: string, summary: string, locale: string): string | undefined {
  let language: string;
  try {
    language = resolveLocale(locale);
  } catch {
    return undefined; // No word lists for this language: nothing to measure against.
  }
  const threshold = defaultLixThreshold(language);
  const analysis = analyze(summary, { locale: language });
  if (analysis.lix <= threshold) return undefined;
  // Name the sentences to rewrite: those that are hard on their own, or else the longest one.
  const scored = analysis.sentences.map((sentence) => ({
    sentence,
    lix: analyze(sentence.text, { locale: language }).lix,
  }));
  const hard = scored.filter(({ lix }) => lix > threshold);
  const named = hard.length > 0 ? hard : scored.filter(({ sentence }) => sentence === analysis.longestSentences[0]);
  return [
    `LegalNotice "${noticeId}": the summary has a LIX of ${analysis.lix}, above ${threshold}, the limit for "${language}". Rewrite these sentences with shorter sentences and everyday words:`,
    ...named.map(({ sentence, lix }) => `  - (LIX ${lix}) "${sentence.text}"`),
  ].join('\n');
}

import { useId, useState } from 'react';
import { analyze, defaultLixThreshold } from '@samspill/plain-language';
import { Tag, Textarea } from '@samspill/react';

export interface PlainRewriteProps {
  locale: string;
  dense: string;
  plain: string;
}

function Scored({
  label,
  text,
  locale,
  onChange,
}: {
  label: string;
  text: string;
  locale: string;
  onChange: (text: string) => void;
}) {
  const scoreId = useId();
  const analysis = analyze(text, { locale });
  const limit = defaultLixThreshold(locale);
  const tooHard = analysis.lix > limit;
  return (
    <div style={{ flex: '1 1 18rem', display: 'grid', gap: 'var(--samspill-space-2)', alignContent: 'start' }}>
      <Textarea label={label} value={text} onValueChange={onChange} rows={8} aria-describedby={scoreId} lang={locale} />
      <p id={scoreId} style={{ margin: 0 }}>
        LIX <strong>{analysis.lix}</strong> ({analysis.wordCount} words, {analysis.sentenceCount} sentences,{' '}
        {analysis.longWordCount} long words){' '}
        <Tag tone={tooHard ? 'danger' : 'success'}>{tooHard ? `Above ${limit}` : `At most ${limit}`}</Tag>
        {analysis.legalese.length > 0 &&
          ` Legalese: ${analysis.legalese.map((match) => `"${match.phrase}"`).join(', ')}.`}
      </p>
    </div>
  );
}

/** A dense text and its plain rewrite side by side; both are editable and scored as you type. */
export function PlainRewrite({ locale, dense, plain }: PlainRewriteProps) {
  const [before, setBefore] = useState(dense);
  const [after, setAfter] = useState(plain);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--samspill-space-6)' }}>
      <Scored label="Before: the dense text" text={before} locale={locale} onChange={setBefore} />
      <Scored label="After: the plain rewrite" text={after} locale={locale} onChange={setAfter} />
    </div>
  );
}

export const rewriteExamples = {
  en: {
    dense:
      'Notwithstanding any provision herein to the contrary, the subscriber shall remain liable for all charges incurred prior to the effective date of termination, and the company reserves the right to recover outstanding amounts in accordance with applicable legislation.',
    plain:
      'You pay for the power you used until the contract ends. If a bill is not paid, we can ask a debt collector to collect it.',
  },
  nb: {
    dense:
      'Kunden plikter, i henhold til gjeldende regelverk og med forbehold om eventuelle påløpte forsinkelsesrenter, å innbetale utestående beløp innen forfallsdato, jf. punkt 4.2, herunder også eventuelle gebyrer som måtte påløpe.',
    plain: 'Betal regningen innen fristen. Betaler du for sent, kommer det renter og gebyr i tillegg.',
  },
};

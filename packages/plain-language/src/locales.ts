/** The locales the analysis knows (their abbreviations, legalese and thresholds): the same six as Samspill's components. */
export const builtInLocales = ['en', 'nb', 'nn', 'sv', 'fi', 'uk'] as const;
export type PlainLanguageLocale = (typeof builtInLocales)[number];

/** A legal or officialese phrase and what to write instead. */
export interface LegaleseEntry {
  /** Lower case. */
  phrase: string;
  suggestion: string;
  /** The phrase is a stem that takes endings: "påløp" matches "påløper" and "påløpte". */
  stem?: boolean;
}

interface LocaleData {
  /** Lower-case abbreviations, with their final period, that lead into the next word and never end a sentence. */
  abbreviations: string[];
  /** Lower-case abbreviations that can close a sentence ("100 kr.", "etc."): a capital letter after them starts the next. */
  closingAbbreviations: string[];
  legalese: LegaleseEntry[];
  /** LIX above which a consumer text is too hard. */
  lixThreshold: number;
  /** Sentences longer than this many words get a finding. */
  sentenceWords: number;
}

export const LOCALE_DATA: Record<PlainLanguageLocale, LocaleData> = {
  en: {
    abbreviations: [
      'e.g.',
      'i.e.',
      'vs.',
      'mr.',
      'mrs.',
      'ms.',
      'dr.',
      'no.',
      'nos.',
      'approx.',
      'incl.',
      'cf.',
      'p.',
      'pp.',
      'art.',
      'sec.',
      'st.',
    ],
    closingAbbreviations: ['etc.', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.'],
    legalese: [
      { phrase: 'hereinafter', suggestion: 'leave it out, or say "from now on called"' },
      { phrase: 'notwithstanding', suggestion: 'despite, even if' },
      { phrase: 'pursuant to', suggestion: 'under, following' },
      { phrase: 'herein', suggestion: 'in this agreement' },
      { phrase: 'hereby', suggestion: 'leave it out' },
      { phrase: 'aforementioned', suggestion: 'this, that, the one above' },
      { phrase: 'in the event that', suggestion: 'if' },
      { phrase: 'prior to', suggestion: 'before' },
      { phrase: 'shall', suggestion: 'must, will' },
      { phrase: 'whereas', suggestion: 'because, while' },
      { phrase: 'in accordance with', suggestion: 'under, as' },
      { phrase: 'with respect to', suggestion: 'about' },
    ],
    lixThreshold: 40,
    sentenceWords: 25,
  },
  nb: {
    abbreviations: [
      'f.eks.',
      'bl.a.',
      'dvs.',
      'ca.',
      'nr.',
      'jf.',
      'evt.',
      'ev.',
      'inkl.',
      'ekskl.',
      'mht.',
      'pga.',
      'tlf.',
      'kl.',
      'ref.',
      'iht.',
      'vedr.',
      'st.',
    ],
    closingAbbreviations: ['osv.', 'mv.', 'o.l.', 'kr.', 'm.m.', 'p.t.', 'mill.', 'mrd.'],
    legalese: [
      { phrase: 'herunder', suggestion: 'blant annet, for eksempel' },
      { phrase: 'jf.', suggestion: 'se' },
      { phrase: 'vedrørende', suggestion: 'om' },
      { phrase: 'påløp', suggestion: 'komme i tillegg', stem: true },
      { phrase: 'i henhold til', suggestion: 'etter, ifølge' },
      { phrase: 'herved', suggestion: 'la det stå ute' },
      { phrase: 'forestående', suggestion: 'dette, det over' },
      { phrase: 'i medhold av', suggestion: 'etter' },
      { phrase: 'hjemmel', suggestion: 'grunnlag, rett' },
      { phrase: 'påse', suggestion: 'sørge for, passe på' },
      { phrase: 'iht.', suggestion: 'etter' },
    ],
    lixThreshold: 40,
    sentenceWords: 25,
  },
  nn: {
    abbreviations: [
      't.d.',
      'f.eks.',
      'bl.a.',
      'dvs.',
      'ca.',
      'nr.',
      'jf.',
      'evt.',
      'inkl.',
      'pga.',
      'tlf.',
      'kl.',
      'ref.',
      'st.',
    ],
    closingAbbreviations: ['osb.', 'osv.', 'mv.', 'o.l.', 'kr.', 'm.m.'],
    legalese: [
      { phrase: 'herunder', suggestion: 'mellom anna, til dømes' },
      { phrase: 'jf.', suggestion: 'sjå' },
      { phrase: 'vedkomande', suggestion: 'om, den det gjeld' },
      { phrase: 'i medhald av', suggestion: 'etter' },
      { phrase: 'i samsvar med', suggestion: 'etter' },
      { phrase: 'herved', suggestion: 'la det stå ute' },
      { phrase: 'heimel', suggestion: 'grunnlag, rett' },
      { phrase: 'påsjå', suggestion: 'syte for, passe på' },
    ],
    lixThreshold: 40,
    sentenceWords: 25,
  },
  sv: {
    abbreviations: [
      't.ex.',
      'bl.a.',
      'dvs.',
      'ca.',
      'nr.',
      'jfr.',
      'inkl.',
      'exkl.',
      'resp.',
      's.k.',
      'fr.o.m.',
      't.o.m.',
      'p.g.a.',
      'pga.',
      'tel.',
      'kl.',
      'st.',
      'el.',
      'f.d.',
    ],
    closingAbbreviations: ['osv.', 'm.m.', 'o.s.v.', 'kr.', 'mm.'],
    legalese: [
      { phrase: 'härmed', suggestion: 'stryk det' },
      { phrase: 'enligt ovan', suggestion: 'som vi skrev ovan' },
      { phrase: 'åligger', suggestion: 'ska, måste' },
      { phrase: 'därvid', suggestion: 'då' },
      { phrase: 'äga rätt', suggestion: 'ha rätt' },
      { phrase: 'äger rätt', suggestion: 'har rätt' },
      { phrase: 'i enlighet med', suggestion: 'enligt' },
      { phrase: 'erforderlig', suggestion: 'nödvändig, som behövs', stem: true },
      { phrase: 'föreligg', suggestion: 'finns', stem: true },
      { phrase: 'tillhandahåll', suggestion: 'ge, erbjuda', stem: true },
    ],
    lixThreshold: 40,
    sentenceWords: 25,
  },
  fi: {
    abbreviations: [
      'esim.',
      'mm.',
      'ns.',
      'ks.',
      'vrt.',
      'n.',
      'nro.',
      'puh.',
      'klo.',
      'os.',
      'ts.',
      'eli.',
      'ko.',
      'em.',
      'ao.',
    ],
    closingAbbreviations: ['jne.', 'yms.', 'ym.', 'tms.', 'kpl.', 'milj.', 'mrd.'],
    legalese: [
      { phrase: 'edellä mainit', suggestion: 'tämä, se', stem: true },
      { phrase: 'jäljempänä', suggestion: 'tästä eteenpäin' },
      { phrase: 'sovelletaan', suggestion: 'koskee, noudatetaan' },
      { phrase: 'mikäli', suggestion: 'jos' },
      { phrase: 'kyseis', suggestion: 'tämä', stem: true },
      { phrase: 'ko.', suggestion: 'tämä' },
      { phrase: 'em.', suggestion: 'tämä, edellä kerrottu' },
      { phrase: 'tarkoitet', suggestion: 'kerro suoraan, mitä tarkoitat', stem: true },
    ],
    lixThreshold: 65,
    sentenceWords: 20,
  },
  uk: {
    abbreviations: ['т.зв.', 'ст.', 'див.', 'напр.', 'тел.', 'вул.', 'п.', 'с.', 'ч.', 'пп.'],
    closingAbbreviations: ['т.д.', 'т.п.', 'грн.', 'тис.', 'млн.', 'млрд.', 'р.', 'рр.', 'ін.'],
    legalese: [
      { phrase: 'вищезазначен', suggestion: 'цей, згаданий', stem: true },
      { phrase: 'відповідно до', suggestion: 'за, згідно з' },
      { phrase: 'у разі', suggestion: 'якщо' },
      { phrase: 'здійсню', suggestion: 'робити', stem: true },
      { phrase: 'зазначен', suggestion: 'цей', stem: true },
      { phrase: 'з метою', suggestion: 'щоб' },
      { phrase: 'даний', suggestion: 'цей' },
      { phrase: 'вищевикладен', suggestion: 'сказане вище', stem: true },
    ],
    lixThreshold: 55,
    sentenceWords: 25,
  },
};

/** Checks a locale tag against the supported list; a region or script suffix is ignored ("nb-NO" -> "nb"). */
export function resolveLocale(locale: string): PlainLanguageLocale {
  const language = locale.toLowerCase().split('-')[0];
  const resolved = language === 'no' ? 'nb' : language;
  if (!(builtInLocales as readonly string[]).includes(resolved ?? '')) {
    throw new Error(`Unknown locale '${locale}'. Supported: ${builtInLocales.join(', ')}.`);
  }
  return resolved as PlainLanguageLocale;
}

/**
 * The LIX above which a consumer text in this locale counts as too hard. LIX was made for Swedish, where 40 is the
 * upper end of "medium"; we use 40 for the Scandinavian languages and English. Ukrainian inflects its words, which
 * makes them longer: plain Ukrainian texts score 45–55, so the limit is 55. Finnish builds compounds and adds case
 * endings, so even plain Finnish ("Maksat käyttämästäsi sähköstä kuukausittain.") scores 55–65: the limit is 65.
 */
export function defaultLixThreshold(locale: string): number {
  return LOCALE_DATA[resolveLocale(locale)].lixThreshold;
}

let warnedSupportedLocales = false;

/** @deprecated Use `builtInLocales`, the name the other Samspill packages give the same list. */
export const supportedLocales: typeof builtInLocales = /* @__PURE__ */ new Proxy(builtInLocales, {
  get(target, key, receiver) {
    if (process.env.NODE_ENV !== 'production' && !warnedSupportedLocales) {
      warnedSupportedLocales = true;
      console.warn(
        '@samspill/plain-language: `supportedLocales` is deprecated and goes away in the next minor version. Use `builtInLocales`.',
      );
    }
    return Reflect.get(target, key, receiver) as unknown;
  },
});

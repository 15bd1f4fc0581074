import type { PatternMessages } from './en.js';

export const fi: PatternMessages = {
  'legalNotice.inShort': 'Lyhyesti',
  'legalNotice.whatItMeans': 'Mitä tämä tarkoittaa sinulle',
  'legalNotice.fullText': 'Lue koko teksti',
  'legalNotice.version': 'Versio {version}, voimassa {date} alkaen',
  'legalNotice.changes': 'Mikä muuttui version {version} jälkeen',
  'legalNotice.changesFirst': 'Mitä uutta',
  'legalNotice.questions': 'Kysyttävää?',
  'terms.accept': 'Hyväksyn: {title}',
  'terms.submit': 'Jatka',
  'terms.required': 'Hyväksy ensin {title} rastittamalla ruutu',
  'terms.accepted': 'Kiitos. Hyväksyit version {version}.',
};

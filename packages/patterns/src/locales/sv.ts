import type { PatternMessages } from './en.js';

export const sv: PatternMessages = {
  'legalNotice.inShort': 'Kortfattat',
  'legalNotice.whatItMeans': 'Det här betyder det för dig',
  'legalNotice.fullText': 'Läs hela texten',
  'legalNotice.version': 'Version {version}, gäller från {date}',
  'legalNotice.changes': 'Det här har ändrats sedan version {version}',
  'legalNotice.changesFirst': 'Det här är nytt',
  'legalNotice.questions': 'Frågor?',
  'terms.accept': 'Jag godkänner {title}',
  'terms.submit': 'Fortsätt',
  'terms.required': 'Kryssa i rutan för att godkänna {title} innan du fortsätter',
  'terms.accepted': 'Tack. Du har godkänt version {version}.',
};

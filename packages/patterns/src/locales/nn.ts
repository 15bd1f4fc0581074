import type { PatternMessages } from './en.js';

export const nn: PatternMessages = {
  'legalNotice.inShort': 'Kort fortalt',
  'legalNotice.whatItMeans': 'Dette tyder det for deg',
  'legalNotice.fullText': 'Les heile teksten',
  'legalNotice.version': 'Versjon {version}, gjeld frå {date}',
  'legalNotice.changes': 'Dette er endra sidan versjon {version}',
  'legalNotice.changesFirst': 'Dette er nytt',
  'legalNotice.questions': 'Spørsmål?',
  'terms.accept': 'Eg godtek {title}',
  'terms.submit': 'Hald fram',
  'terms.required': 'Kryss av for at du godtek {title} før du går vidare',
  'terms.accepted': 'Takk. Du har godteke versjon {version}.',
};

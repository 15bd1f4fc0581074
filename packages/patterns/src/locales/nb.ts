import type { PatternMessages } from './en.js';

export const nb: PatternMessages = {
  'legalNotice.inShort': 'Kort fortalt',
  'legalNotice.whatItMeans': 'Dette betyr det for deg',
  'legalNotice.fullText': 'Les hele teksten',
  'legalNotice.version': 'Versjon {version}, gjelder fra {date}',
  'legalNotice.changes': 'Dette er endret siden versjon {version}',
  'legalNotice.changesFirst': 'Dette er nytt',
  'legalNotice.questions': 'Spørsmål?',
  'terms.accept': 'Jeg godtar {title}',
  'terms.submit': 'Fortsett',
  'terms.required': 'Kryss av for at du godtar {title} før du går videre',
  'terms.accepted': 'Takk. Du har godtatt versjon {version}.',
};

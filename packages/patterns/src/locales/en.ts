/** The patterns' strings. English is the reference: every other catalogue holds exactly these keys. */
export const en = {
  'legalNotice.inShort': 'In short',
  'legalNotice.whatItMeans': 'What this means for you',
  'legalNotice.fullText': 'Read the full text',
  'legalNotice.version': 'Version {version}, in effect from {date}',
  'legalNotice.changes': 'What changed since version {version}',
  'legalNotice.changesFirst': 'What is new',
  'legalNotice.questions': 'Questions?',
  'terms.accept': 'I accept the {title}',
  'terms.submit': 'Continue',
  'terms.required': 'Tick the box to accept the {title} before you continue',
  'terms.accepted': 'Thank you. You accepted version {version}.',
} as const;

export type PatternMessageKey = keyof typeof en;
export type PatternMessages = Record<PatternMessageKey, string>;

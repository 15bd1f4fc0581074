/**
 * The English catalogue is the reference: every other built-in catalogue must hold exactly its keys
 * (a test enforces that). Keys are grouped by the component that shows or announces the string.
 */
export const en = {
  'button.loading': 'Loading',
  'button.disabledReasonLabel': 'Not available:',
  'link.external': 'external site',
  'link.newTab': 'opens in a new tab',
  'skipLink.label': 'Skip to main content',
} as const;

/** Every key a built-in string can be looked up by. */
export type MessageKey = keyof typeof en;

/** A complete catalogue: one string per key. */
export type Messages = Record<MessageKey, string>;

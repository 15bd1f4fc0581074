import type { Message } from './types.js';

/**
 * The English catalogue is the reference: every other built-in catalogue must hold exactly its keys, plain where
 * it is plain and plural where it is plural, with every plural category its language uses (a test enforces that).
 * Keys are grouped by the component that shows or announces the string.
 */
export const en = {
  'button.loading': 'Loading',
  'button.disabledReasonLabel': 'Not available:',
  'link.external': 'external site',
  'link.newTab': 'opens in a new tab',
  'skipLink.label': 'Skip to main content',
  'field.required': '(required)',
  'textarea.charactersLeft': { one: 'You have {count} character left', other: 'You have {count} characters left' },
  'textarea.charactersOver': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  },
  'errorSummary.title': 'There is a problem',
  'alert.dismiss': 'Dismiss',
  'alert.tone.info': 'Information:',
  'alert.tone.success': 'Success:',
  'alert.tone.warning': 'Warning:',
  'alert.tone.danger': 'Error:',
  'dialog.close': 'Close',
  'spinner.label': 'Loading',
} satisfies Record<string, Message>;

import type { Messages } from './en.js';

export const nb: Messages = {
  'button.loading': 'Laster inn',
  'button.disabledReasonLabel': 'Ikke tilgjengelig:',
};

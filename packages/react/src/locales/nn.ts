import type { Messages } from './en.js';

export const nn: Messages = {
  'button.loading': 'Lastar inn',
  'button.disabledReasonLabel': 'Ikkje tilgjengeleg:',
};

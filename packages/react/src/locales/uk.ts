import type { Messages } from './en.js';

export const uk: Messages = {
  'button.loading': 'Завантаження',
  'button.disabledReasonLabel': 'Недоступно:',
};

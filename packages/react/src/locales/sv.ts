import type { Messages } from './en.js';

export const sv: Messages = {
  'button.loading': 'Laddar',
  'button.disabledReasonLabel': 'Inte tillgänglig:',
};

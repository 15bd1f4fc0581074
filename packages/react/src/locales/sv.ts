import type { Messages } from './en.js';

export const sv: Messages = {
  'button.loading': 'Laddar',
  'button.disabledReasonLabel': 'Inte tillgänglig:',
  'link.external': 'extern webbplats',
  'link.newTab': 'öppnas i en ny flik',
  'skipLink.label': 'Hoppa till huvudinnehållet',
};

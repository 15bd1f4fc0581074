import type { Messages } from './en.js';

export const uk: Messages = {
  'button.loading': 'Завантаження',
  'button.disabledReasonLabel': 'Недоступно:',
  'link.external': 'зовнішній сайт',
  'link.newTab': 'відкриється в новій вкладці',
  'skipLink.label': 'Перейти до основного вмісту',
};

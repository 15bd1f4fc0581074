import type { ComponentMessages } from './types.js';

export const uk: ComponentMessages = {
  'button.loading': 'Завантаження',
  'button.disabledReasonLabel': 'Недоступно:',
  'link.external': 'зовнішній сайт',
  'link.newTab': 'відкриється в новій вкладці',
  'skipLink.label': 'Перейти до основного вмісту',
  'field.required': '(обовʼязково)',
  'textarea.charactersLeft': {
    one: 'Залишився {count} символ',
    few: 'Залишилося {count} символи',
    many: 'Залишилося {count} символів',
    other: 'Залишилося {count} символу',
  },
  'textarea.charactersOver': {
    one: 'На {count} символ більше, ніж можна',
    few: 'На {count} символи більше, ніж можна',
    many: 'На {count} символів більше, ніж можна',
    other: 'На {count} символу більше, ніж можна',
  },
  'errorSummary.title': 'Виправте, будь ласка, помилки',
  'alert.dismiss': 'Закрити повідомлення',
  'alert.tone.info': 'Інформація:',
  'alert.tone.success': 'Готово:',
  'alert.tone.warning': 'Попередження:',
  'alert.tone.danger': 'Помилка:',
  'dialog.close': 'Закрити',
  'spinner.label': 'Завантаження',
};

import type { PatternMessages } from './en.js';

export const uk: PatternMessages = {
  'legalNotice.inShort': 'Коротко',
  'legalNotice.whatItMeans': 'Що це означає для вас',
  'legalNotice.fullText': 'Прочитати повний текст',
  'legalNotice.version': 'Версія {version}, діє з {date}',
  'legalNotice.changes': 'Що змінилося після версії {version}',
  'legalNotice.changesFirst': 'Що нового',
  'legalNotice.questions': 'Маєте запитання?',
  'terms.accept': 'Я приймаю: {title}',
  'terms.submit': 'Продовжити',
  'terms.required': 'Позначте поле, щоб прийняти документ «{title}», перш ніж продовжити',
  'terms.accepted': 'Дякуємо. Ви прийняли версію {version}.',
};

export * from './SamspillProvider/index.js';
export * from './Button/index.js';
export * from './VisuallyHidden/index.js';
export * from './Heading/index.js';
export * from './Text/index.js';
export * from './Link/index.js';
export * from './SkipLink/index.js';
export * from './Stack/index.js';
export * from './Fieldset/index.js';
export * from './TextField/index.js';
export * from './Textarea/index.js';
export * from './Select/index.js';
export * from './Checkbox/index.js';
export * from './RadioGroup/index.js';
export * from './ErrorSummary/index.js';
export * from './Alert/index.js';
export * from './Dialog/index.js';
export * from './Disclosure/index.js';
export * from './Accordion/index.js';
export * from './Tabs/index.js';
export * from './Spinner/index.js';
export * from './Tag/index.js';
// Patterns and a team's own components built on Samspill's static stylesheet: an element with a class name.
export { part, type PartProps } from './internal/part.js';
/** The CSS of Samspill's checkbox and radio, for patterns that lay choices out their own way (e.g. a rating scale). */
export { choiceInputCss } from './Field/index.js';
/** The notice anatomy (bar, tone icon, title, close button) for patterns that are notices, e.g. a status banner. */
export { DismissIcon, NoticeIcon, noticeCss, type NoticeIconProps, type NoticeTone } from './Notice/index.js';
export { builtInLocales, catalogues, type BuiltInLocale } from './locales/index.js';
export { localize, translator, type LocalizedText } from './locales/format.js';
// `export *`, not a list: other packages merge keys into `Messages` through this entry, which a named re-export blocks.
export type * from './locales/types.js';

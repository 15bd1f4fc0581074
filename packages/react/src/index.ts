export * from './SamspillProvider/index.js';
export * from './Button/index.js';
export * from './VisuallyHidden/index.js';
export * from './Heading/index.js';
export * from './Text/index.js';
export * from './Link/index.js';
export * from './SkipLink/index.js';
export * from './Stack/index.js';
export { builtInLocales, catalogues, type BuiltInLocale, type MessageKey, type Messages } from './locales/index.js';

export * from './SamspillProvider/index.js';
export * from './Button/index.js';
export * from './VisuallyHidden/index.js';
export { builtInLocales, catalogues, type BuiltInLocale, type MessageKey, type Messages } from './locales/index.js';

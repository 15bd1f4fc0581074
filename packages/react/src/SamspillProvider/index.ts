export { SamspillProvider, type SamspillProviderProps } from './SamspillProvider.js';
export { useAnnounce, useMessages, useSamspill, type Politeness, type SamspillContextValue, type Theme } from './context.js';
export { GlobalStyles } from './GlobalStyles.js';

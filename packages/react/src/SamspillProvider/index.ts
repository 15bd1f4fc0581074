export { SamspillProvider, type SamspillProviderProps } from './SamspillProvider.js';
export {
  useAnnounce,
  useLocale,
  useMessages,
  useSamspill,
  useTheme,
  type Politeness,
  type SamspillContextValue,
  type Theme,
  type Urgency,
} from './context.js';
export { GlobalStyles } from './GlobalStyles.js';

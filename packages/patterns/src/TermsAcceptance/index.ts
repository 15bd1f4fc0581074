export { TermsAcceptance, type AcceptanceRecord, type TermsAcceptanceProps } from './TermsAcceptance.js';

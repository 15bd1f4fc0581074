export { LegalNotice, type LegalNoticeProps } from './LegalNotice.js';
export {
  canonicalNoticeText,
  hashNotice,
  validateNotice,
  type LegalNoticeContent,
  type LegalSection,
} from './notice.js';

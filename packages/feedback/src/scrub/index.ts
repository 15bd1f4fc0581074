export { scrubPersonalData, scrubPlaceholders } from './scrub.js';
export type { PersonalDataKind, ScrubFinding, ScrubResult } from './scrub.js';

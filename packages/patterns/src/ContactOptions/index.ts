export { ContactOptions, type ContactOptionsProps } from './ContactOptions.js';
export type { TimeZoneDisplay } from './parts.js';

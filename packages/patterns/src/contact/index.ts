export {
  getAvailability,
  openIntervals,
  openingSlots,
  type AvailabilityOptions,
  type OpenInterval,
  type SlotOptions,
} from './availability.js';
export { contactJsonLd } from './jsonld.js';
export {
  weekdays,
  type Availability,
  type ContactChannel,
  type ContactChannelKind,
  type ContactConfig,
  type EmailChannel,
  type ExpectedWait,
  type HoursException,
  type LinkChannel,
  type OpeningHours,
  type PhoneChannel,
  type TimeInterval,
  type VisitChannel,
  type Weekday,
} from './model.js';
export { telHref, toE164 } from './phone.js';
export { zonedTimeToInstant } from './time.js';
export {
  ContactConfigError,
  contactConfigIssues,
  validateContactConfig,
  validateOpeningHours,
  type ContactConfigIssue,
} from './validate.js';

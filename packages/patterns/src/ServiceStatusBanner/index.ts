export {
  ServiceStatusBanner,
  dismissalKey,
  type IncidentSeverity,
  type ServiceIncident,
  type ServiceStatusBannerProps,
} from './ServiceStatusBanner.js';

export { Alert, type AlertProps, type AlertTone, type AlertUrgency } from './Alert.js';

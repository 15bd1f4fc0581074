export { CallbackRequest, type CallbackRequestData, type CallbackRequestProps } from './CallbackRequest.js';

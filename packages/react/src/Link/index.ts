export { Link, type LinkProps } from './Link.js';
export { isSafeHref } from './safeHref.js';

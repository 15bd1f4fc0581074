export { ContactBar, type ContactBarProps } from './ContactBar.js';
export { HelpLink, type HelpLinkProps, type HelpLinkToDialog, type HelpLinkToPage } from './HelpLink.js';

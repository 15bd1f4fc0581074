export { DismissIcon, NoticeIcon, noticeCss, type NoticeIconProps, type NoticeTone } from './Notice.js';

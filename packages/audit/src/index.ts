// The programmatic API the README documents; the CLI's inner parts stay inside the package.
export {
  auditStorybook,
  auditUrls,
  type AuditProgress,
  type CommonAuditOptions,
  type StorybookAuditOptions,
  type UrlAuditOptions,
} from './audit.js';
export { auditConsistency, type ConsistencyAuditOptions } from './consistency.js';
export { chromiumArgs, findChromium, launchChromium } from './chromium.js';
export { BrowserUnavailableError, SetupError, UsageError } from './errors.js';
export { main, type AuditIo } from './main.js';
export { htmlReport, type HtmlOptions } from './formats/html.js';
export { jsonReport } from './formats/json.js';
export { junitReport } from './formats/junit.js';
export { sarifReport, type SarifLog, type SarifOptions } from './formats/sarif.js';
export { terminalSummary, type TerminalOptions } from './formats/terminal.js';
export { exitCodeFor, exitCodes, summarize, type AuditSummary, type FailOn, type FailOptions } from './summary.js';
export {
  contrastHtml,
  contrastJson,
  contrastJunit,
  contrastMatrix,
  contrastSarif,
  formatContrastMatrix,
  loadTokenContrast,
  loadTokenOverrides,
  type ContrastInput,
  type ContrastMatrix,
} from './tokens.js';
export type {
  AuditReport,
  AuditTarget,
  Impact,
  TargetResult,
  TargetStatus,
  Violation,
  ViolationNode,
  WcagLevel,
} from './types.js';

import { summarize } from '../summary.js';
import type { AuditReport, Impact } from '../types.js';

/** The whole report as JSON: the summary first, then every result with its violations. */
export function jsonReport(report: AuditReport, options: { failOn?: Impact } = {}): string {
  const failOn = options.failOn ?? 'minor';
  return `${JSON.stringify({ summary: summarize(report, failOn), failOn, ...report }, null, 2)}\n`;
}

import { summarize, type FailOptions } from '../summary.js';
import type { AuditReport } from '../types.js';

/** The whole report as JSON: the summary first, then every result with its violations and what needs review. */
export function jsonReport(report: AuditReport, options: FailOptions = {}): string {
  const failOn = options.failOn ?? (options.failOnLevel ? null : 'minor');
  const fail = { failOn, failOnLevel: options.failOnLevel ?? null, failOnReview: options.failOnReview === true };
  return `${JSON.stringify({ summary: summarize(report, options), ...fail, ...report }, null, 2)}\n`;
}

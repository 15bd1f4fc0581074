import { atOrAbove, formatDuration, groupByRule, plural, summarize, targetLabel } from '../summary.js';
import type { AuditReport, Impact } from '../types.js';

export interface TerminalOptions {
  failOn?: Impact;
  /** Colour the impacts (only for a terminal, and never when NO_COLOR is set). @default false */
  color?: boolean;
  /** Places listed per rule before "and N more". @default 8 */
  maxPerRule?: number;
}

const COLORS: Record<Impact | 'ok' | 'dim', [number, number]> = {
  critical: [31, 39],
  serious: [31, 39],
  moderate: [33, 39],
  minor: [36, 39],
  ok: [32, 39],
  dim: [2, 22],
};

/** The human-readable summary, line by line. */
export function terminalSummary(report: AuditReport, options: TerminalOptions = {}): string[] {
  const failOn = options.failOn ?? 'minor';
  const maxPerRule = options.maxPerRule ?? 8;
  const paint = (style: keyof typeof COLORS, text: string) => (options.color ? `\u001b[${COLORS[style][0]}m${text}\u001b[${COLORS[style][1]}m` : text);
  const summary = summarize(report, failOn);
  const lines: string[] = [];
  const distinct = (kind: string) => new Set(report.results.filter((r) => r.target.kind === kind).map((r) => r.target.id)).size;
  const docs = distinct('docs');
  const what =
    report.kind === 'storybook'
      ? `${plural(distinct('story'), 'story', 'stories')}${docs > 0 ? ` and ${plural(docs, 'docs page')}` : ''} in ${plural(report.themes.length, 'theme')} (${plural(summary.checks, 'check')})`
      : plural(summary.checks, 'page');
  lines.push(`Audited ${what} in ${formatDuration(report.durationMs)} with axe-core ${report.tool.axeVersion} (${report.tags.join(', ')}).`);
  lines.push(
    `${summary.passed} passed, ${summary.failed} with violations, ${summary.errored} errored, ${summary.timedOut} timed out; ` +
      `${plural(summary.rules, 'rule')} broken on ${plural(summary.elements, 'element')} ` +
      `(critical ${summary.byImpact.critical}, serious ${summary.byImpact.serious}, moderate ${summary.byImpact.moderate}, minor ${summary.byImpact.minor}).`,
  );
  const rules = groupByRule(report);
  if (rules.length > 0) {
    lines.push('', 'Violations by rule:');
    for (const rule of rules) {
      const below = atOrAbove(rule.impact, failOn) ? '' : paint('dim', ' (below --fail-on)');
      lines.push(`  ${paint(rule.impact, rule.impact.padEnd(8))} ${rule.ruleId}: ${rule.help}${below}`);
      lines.push(`           ${rule.helpUrl}`);
      for (const { target, violation } of rule.occurrences.slice(0, maxPerRule)) {
        const selectors = violation.nodes.map((node) => node.selector.join(' '));
        const shown = selectors.slice(0, 3).join(', ') + (selectors.length > 3 ? `, +${selectors.length - 3}` : '');
        lines.push(`           ${targetLabel(target)}: ${shown}`);
      }
      if (rule.occurrences.length > maxPerRule) lines.push(`           ... and ${rule.occurrences.length - maxPerRule} more`);
    }
  }
  const problems = report.results.filter((result) => result.status === 'errored' || result.status === 'timed-out');
  if (problems.length > 0) {
    lines.push('', report.kind === 'storybook' ? 'Stories that could not be checked:' : 'Pages that could not be checked:');
    for (const result of problems) {
      lines.push(`  ${paint('serious', result.status === 'timed-out' ? 'timed out' : 'errored  ')} ${targetLabel(result.target)}: ${result.error ?? ''}`);
    }
  }
  lines.push('');
  if (summary.violationsAtThreshold > 0) {
    lines.push(paint('critical', `FAILED: ${plural(summary.violationsAtThreshold, 'violation')} at or above "${failOn}".`));
  } else if (problems.length > 0) {
    lines.push(paint('serious', `INCOMPLETE: no violations at or above "${failOn}", but ${plural(problems.length, 'check')} could not run.`));
  } else {
    lines.push(paint('ok', `PASSED: no violations at or above "${failOn}".`));
  }
  return lines;
}

export interface ProgressOptions {
  /** Rewrite one line in place (a terminal) instead of printing a line every few checks (a CI log). */
  tty: boolean;
  /** Raw output for the in-place line. */
  write: (chunk: string) => void;
  /** Line output for logs. */
  line: (text: string) => void;
}

/** Reports progress on stderr: a live percentage on a terminal, a plain line per tenth (at most 25 checks) in logs. */
export function createProgress(options: ProgressOptions): { update: (done: number, total: number, label: string) => void; end: () => void } {
  const started = Date.now();
  let lastWidth = 0;
  let active = false;
  return {
    update(done, total, label) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      const elapsed = (Date.now() - started) / 1000;
      const rate = elapsed > 0 ? Math.round((done / elapsed) * 60) : 0;
      const text = `[${String(percent).padStart(3)}%] ${done}/${total} checked, ${rate}/min: ${label}`;
      if (options.tty) {
        const columns = 120;
        const shown = text.length > columns ? `${text.slice(0, columns - 1)}…` : text;
        options.write(`\r${shown.padEnd(lastWidth)}`);
        lastWidth = shown.length;
        active = true;
        return;
      }
      const step = Math.max(1, Math.min(25, Math.ceil(total / 10)));
      if (done % step === 0 || done === total) options.line(text);
    },
    end() {
      if (active) options.write(`\r${' '.repeat(lastWidth)}\r`);
      active = false;
    },
  };
}

import {
  describeFailOn,
  failsRun,
  formatDuration,
  groupByRule,
  notChecked,
  plural,
  summarize,
  targetLabel,
  type FailOptions,
  type RuleGroup,
} from '../summary.js';
import type { AuditReport, Impact } from '../types.js';

export interface TerminalOptions extends FailOptions {
  /** Colour the impacts (only for a terminal, and never when NO_COLOR is set). @default false */
  color?: boolean;
  /** Places listed per rule before "and N more". @default 8 */
  maxPerRule?: number;
  /** Each element on its own line with what its finding says, such as the pages a consistency finding compared. @default false */
  details?: boolean;
}

const COLORS: Record<Impact | 'ok' | 'dim', [number, number]> = {
  critical: [31, 39],
  serious: [31, 39],
  moderate: [33, 39],
  minor: [36, 39],
  ok: [32, 39],
  dim: [2, 22],
};

// C0 and C1 controls (escape sequences among them) and the bidirectional overrides that can make text read backwards.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a page, made safe to print: no escape sequences that could rewrite the terminal, one line. */
export function printable(text: string): string {
  return text.replace(/\s*[\n\t]\s*/g, ' ').replace(UNPRINTABLE, '');
}

/** The human-readable summary, line by line. */
export function terminalSummary(report: AuditReport, options: TerminalOptions = {}): string[] {
  const failOn: FailOptions = options;
  const threshold = describeFailOn(failOn);
  const maxPerRule = options.maxPerRule ?? 8;
  const paint = (style: keyof typeof COLORS, text: string) =>
    options.color ? `\u001b[${COLORS[style][0]}m${text}\u001b[${COLORS[style][1]}m` : text;
  const summary = summarize(report, failOn);
  const lines: string[] = [];
  const distinct = (kind: string) =>
    new Set(report.results.filter((r) => r.target.kind === kind).map((r) => r.target.id)).size;
  const docs = distinct('docs');
  const what =
    report.kind === 'storybook'
      ? `${plural(distinct('story'), 'story', 'stories')}${docs > 0 ? ` and ${plural(docs, 'docs page')}` : ''} in ${plural(report.themes.length, 'theme')} (${plural(summary.checks, 'check')})`
      : plural(summary.checks, 'page');
  const ran = report.rules ? `rules ${report.rules.join(', ')}` : report.tags.join(', ');
  lines.push(
    `Audited ${what} in ${formatDuration(report.durationMs)} with axe-core ${report.tool.axeVersion} (${ran}).`,
  );
  lines.push(
    `${summary.passed} passed, ${summary.failed} with violations, ${summary.errored} errored, ${summary.timedOut} timed out; ` +
      `${plural(summary.rules, 'rule')} broken on ${plural(summary.elements, 'element')} ` +
      `(critical ${summary.byImpact.critical}, serious ${summary.byImpact.serious}, moderate ${summary.byImpact.moderate}, minor ${summary.byImpact.minor}); ` +
      `${plural(summary.needsReviewRules, 'rule')} to review on ${plural(summary.needsReviewElements, 'element')}.`,
  );
  const listRule = (rule: RuleGroup, note: string) => {
    lines.push(
      `  ${paint(rule.impact, rule.impact.padEnd(8))} ${rule.ruleId}: ${printable(rule.help)} (${plural(rule.elements, 'element')})${note}`,
    );
    lines.push(`           ${printable(rule.helpUrl)}`);
    for (const { target, violation } of rule.occurrences.slice(0, maxPerRule)) {
      const selectors = violation.nodes.map((node) => printable(node.selector.join(' ')));
      if (options.details) {
        for (const node of violation.nodes.slice(0, maxPerRule))
          lines.push(
            `           ${printable(targetLabel(target))}: ${printable(node.selector.join(' '))}`,
            `             ${printable(node.failureSummary)}`,
          );
        if (violation.nodes.length > maxPerRule)
          lines.push(`           ... and ${violation.nodes.length - maxPerRule} more elements`);
        continue;
      }
      const shown = selectors.slice(0, 3).join(', ') + (selectors.length > 3 ? `, +${selectors.length - 3}` : '');
      lines.push(`           ${printable(targetLabel(target))}: ${shown}`);
    }
    if (rule.occurrences.length > maxPerRule)
      lines.push(`           ... and ${rule.occurrences.length - maxPerRule} more`);
  };
  const rules = groupByRule(report);
  if (rules.length > 0) {
    lines.push('', 'Violations by rule:');
    for (const rule of rules) {
      const fails = rule.occurrences.some(({ violation }) => failsRun(violation, failOn));
      listRule(rule, fails ? '' : paint('dim', ' (does not fail the run)'));
    }
  }
  const review = groupByRule(report, 'needsReview');
  if (review.length > 0) {
    const heading = failOn.failOnReview
      ? 'Needs review (axe-core could not decide; these fail the run):'
      : 'Needs review (axe-core could not decide; check by hand; --fail-on-review fails the run on them):';
    lines.push('', heading);
    for (const rule of review) listRule(rule, '');
  }
  const problems = notChecked(report);
  if (problems.length > 0) {
    lines.push(
      '',
      report.kind === 'storybook' ? 'Stories that could not be checked:' : 'Pages that could not be checked:',
    );
    for (const result of problems) {
      lines.push(
        `  ${paint('serious', result.status === 'timed-out' ? 'timed out' : 'errored  ')} ${printable(targetLabel(result.target))}: ${printable(result.error ?? '')}`,
      );
    }
  }
  lines.push('');
  const reviewNote =
    summary.needsReview > 0 && !failOn.failOnReview
      ? ` ${plural(summary.needsReview, 'result')} to review by hand (not failing the run).`
      : '';
  const failing = [
    ...(summary.violationsAtThreshold > 0 ? [plural(summary.violationsAtThreshold, 'violation')] : []),
    ...(summary.needsReviewAtThreshold > 0 ? [plural(summary.needsReviewAtThreshold, 'result') + ' to review'] : []),
  ];
  if (failing.length > 0) {
    lines.push(paint('critical', `FAILED: ${failing.join(' and ')} ${threshold}.`) + reviewNote);
  } else if (summary.passed > 0 && summary.rulesRun === 0) {
    lines.push(
      paint(
        'serious',
        `NOT CHECKED: no axe-core rule ran on any ${report.kind === 'storybook' ? 'story' : 'page'}; check --tags and --rules.`,
      ),
    );
  } else if (problems.length > 0) {
    lines.push(
      paint(
        'serious',
        `NOT ALL CHECKED: no violations ${threshold}, but ${plural(problems.length, 'check')} could not run.`,
      ) + reviewNote,
    );
  } else {
    lines.push(paint('ok', `PASSED: no violations ${threshold}.`) + reviewNote);
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
export function createProgress(options: ProgressOptions): {
  update: (done: number, total: number, label: string) => void;
  end: () => void;
} {
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

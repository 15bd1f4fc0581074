import {
  impacts,
  wcagLevels,
  type AuditReport,
  type AuditTarget,
  type Impact,
  type TargetResult,
  type Violation,
  type WcagLevel,
} from './types.js';

/** The exit codes of `samspill-audit`, the same for every command. */
export const exitCodes = {
  /** Nothing at or above the --fail-on impact, and every story or page was checked. */
  clean: 0,
  /** Violations at or above the --fail-on impact (or a token pair below its contrast, a text above its LIX limit). */
  violations: 1,
  /** The command line was wrong: unknown option, missing argument, a directory without index.json. */
  usage: 2,
  /** No violation at the threshold, but a story or page was not checked: it errored, timed out or is not HTML. */
  notChecked: 3,
  /** The audit could not run: no Chromium, it would not start, the Storybook could not be loaded or has no stories, or no rule ran. */
  setup: 4,
} as const;

/** Whether `impact` is at least as severe as `threshold`. */
export function atOrAbove(impact: Impact, threshold: Impact): boolean {
  return impacts.indexOf(impact) >= impacts.indexOf(threshold);
}

export function isImpact(value: string): value is Impact {
  return (impacts as readonly string[]).includes(value);
}

export function isWcagLevel(value: string): value is WcagLevel {
  return (wcagLevels as readonly string[]).includes(value);
}

/** What fails a run. */
export interface FailOptions {
  /** The lowest impact that fails the run. @default 'minor', or nothing when `failOnLevel` is given */
  failOn?: Impact;
  /** Any violation of a WCAG success criterion at this level or a lower one fails the run, whatever its impact. */
  failOnLevel?: WcagLevel;
  /** Results that need review fail the run as violations do (by the same impact and level). @default false */
  failOnReview?: boolean;
}

/** An impact alone (`'serious'`) or the full options. */
export type FailOn = Impact | FailOptions;

interface FailPolicy {
  impact: Impact | undefined;
  level: WcagLevel | undefined;
  review: boolean;
}

function policyOf(failOn: FailOn | undefined): FailPolicy {
  const options = typeof failOn === 'string' ? { failOn } : (failOn ?? {});
  // Given alone, the level decides: a default impact of "minor" would fail every violation and make the level moot.
  return {
    impact: options.failOn ?? (options.failOnLevel ? undefined : 'minor'),
    level: options.failOnLevel,
    review: options.failOnReview === true,
  };
}

/** The lowest WCAG level among a rule's tags (`wcag2aa`, `wcag21a`), or undefined for a rule outside WCAG. */
export function wcagLevelOf(tags: string[]): WcagLevel | undefined {
  const levels = tags.flatMap((tag) => /^wcag\d+(a{1,3})$/.exec(tag)?.[1]?.toUpperCase() ?? []) as WcagLevel[];
  return levels.sort((a, b) => wcagLevels.indexOf(a) - wcagLevels.indexOf(b))[0];
}

/** Whether a violation (or a result that needs review) fails the run under `failOn`. */
export function failsRun(violation: Violation, failOn?: FailOn, needsReview = false): boolean {
  const policy = policyOf(failOn);
  if (needsReview && !policy.review) return false;
  if (policy.impact && atOrAbove(violation.impact, policy.impact)) return true;
  const level = wcagLevelOf(violation.tags);
  return (
    policy.level !== undefined && level !== undefined && wcagLevels.indexOf(level) <= wcagLevels.indexOf(policy.level)
  );
}

/** What fails the run, in words: `at or above "serious"`, `of WCAG level A or AA`, or both joined by "or". */
export function describeFailOn(failOn?: FailOn): string {
  const policy = policyOf(failOn);
  const parts = [
    ...(policy.impact ? [`at or above "${policy.impact}"`] : []),
    ...(policy.level
      ? [`of WCAG level ${wcagLevels.slice(0, wcagLevels.indexOf(policy.level) + 1).join(' or ')}`]
      : []),
  ];
  return parts.join(' or ');
}

export interface AuditSummary {
  /** Stories x themes, or pages. */
  checks: number;
  passed: number;
  failed: number;
  errored: number;
  timedOut: number;
  /** Distinct rules broken anywhere. */
  rules: number;
  /** Rule breaches, one per rule per check. */
  violations: number;
  /** Elements that break a rule, over all checks. */
  elements: number;
  /** Elements per impact. */
  byImpact: Record<Impact, number>;
  /** Rule breaches that fail the run, by impact or WCAG level. */
  violationsAtThreshold: number;
  /** Results that need review and fail the run (only with `failOnReview`). */
  needsReviewAtThreshold: number;
  /** Rules left for a person to review, one per rule per check. */
  needsReview: number;
  /** Elements that need review, over all checks. */
  needsReviewElements: number;
  /** Distinct rules that need review anywhere. */
  needsReviewRules: number;
  /** The most rules axe-core ran on one check; 0 means no rule ran anywhere. */
  rulesRun: number;
}

/** Counts one kind of finding over a report: rule breaches, elements per impact, distinct rules, and how many fail the run. */
function tally(report: AuditReport, which: 'violations' | 'needsReview', failOn: FailOn) {
  const byImpact: Record<Impact, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  const rules = new Set<string>();
  let findings = 0;
  let failing = 0;
  for (const result of report.results) {
    for (const finding of result[which]) {
      rules.add(finding.ruleId);
      findings += 1;
      byImpact[finding.impact] += finding.nodes.length;
      if (failsRun(finding, failOn, which === 'needsReview')) failing += 1;
    }
  }
  return {
    byImpact,
    rules: rules.size,
    findings,
    failing,
    elements: Object.values(byImpact).reduce((sum, n) => sum + n, 0),
  };
}

export function summarize(report: AuditReport, failOn: FailOn = 'minor'): AuditSummary {
  const found = tally(report, 'violations', failOn);
  const review = tally(report, 'needsReview', failOn);
  const count = (status: TargetResult['status']) => report.results.filter((result) => result.status === status).length;
  return {
    checks: report.results.length,
    passed: count('passed'),
    failed: count('failed'),
    errored: count('errored'),
    timedOut: count('timed-out'),
    rules: found.rules,
    violations: found.findings,
    elements: found.elements,
    byImpact: found.byImpact,
    violationsAtThreshold: found.failing,
    needsReviewAtThreshold: review.failing,
    needsReview: review.findings,
    needsReviewElements: review.elements,
    needsReviewRules: review.rules,
    rulesRun: report.results.reduce((most, result) => Math.max(most, result.rulesRun), 0),
  };
}

/** The stories or pages that could not be checked: they errored, timed out or are not HTML documents. */
export function notChecked(report: AuditReport): TargetResult[] {
  return report.results.filter((result) => result.status === 'errored' || result.status === 'timed-out');
}

/**
 * 1 for violations that fail the run; else 4 when pages were checked but no axe-core rule ran on any (the run
 * proved nothing); else 3 when a story or page could not be checked; else 0.
 */
export function exitCodeFor(report: AuditReport, failOn: FailOn = 'minor'): number {
  const summary = summarize(report, failOn);
  if (summary.violationsAtThreshold + summary.needsReviewAtThreshold > 0) return exitCodes.violations;
  if (summary.passed > 0 && summary.rulesRun === 0) return exitCodes.setup;
  if (summary.errored + summary.timedOut > 0) return exitCodes.notChecked;
  return exitCodes.clean;
}

/** `button--primary [dark]`, or the URL for a page. */
export function targetLabel(target: AuditTarget): string {
  return target.theme ? `${target.id} [${target.theme}]` : target.id;
}

/** `Components/Button / Primary`, or the URL for a page. */
export function targetTitle(target: AuditTarget): string {
  return target.kind === 'page' ? target.url : `${target.title} / ${target.name}`;
}

export interface RuleGroup {
  ruleId: string;
  impact: Impact;
  help: string;
  description: string;
  helpUrl: string;
  tags: string[];
  occurrences: { target: AuditTarget; violation: Violation }[];
  elements: number;
}

/** Violations (or, with `'needsReview'`, the results that need review) grouped by rule, the most severe and most frequent first. */
export function groupByRule(report: AuditReport, which: 'violations' | 'needsReview' = 'violations'): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const result of report.results) {
    for (const violation of result[which]) {
      let group = groups.get(violation.ruleId);
      if (!group) {
        const { ruleId, impact, help, description, helpUrl, tags } = violation;
        group = { ruleId, impact, help, description, helpUrl, tags, occurrences: [], elements: 0 };
        groups.set(violation.ruleId, group);
      }
      if (impacts.indexOf(violation.impact) > impacts.indexOf(group.impact)) group.impact = violation.impact;
      group.occurrences.push({ target: result.target, violation });
      group.elements += violation.nodes.length;
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      impacts.indexOf(b.impact) - impacts.indexOf(a.impact) ||
      b.elements - a.elements ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export interface StoryGroup {
  /** The story id or page URL. */
  id: string;
  target: AuditTarget;
  /** One result per theme (one for a page). */
  results: TargetResult[];
}

/** Results grouped by story (all its themes together), in the order they were audited. */
export function groupByStory(report: AuditReport): StoryGroup[] {
  const groups = new Map<string, StoryGroup>();
  for (const result of report.results) {
    const key = `${result.target.kind}:${result.target.id}`;
    const group = groups.get(key) ?? { id: result.target.id, target: result.target, results: [] };
    group.results.push(result);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** `1.2 s`, `3 min 4 s`. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

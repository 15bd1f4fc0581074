import { impacts, type AuditReport, type AuditTarget, type Impact, type TargetResult, type Violation } from './types.js';

/** The exit codes of `samspill-audit`, the same for every command. */
export const exitCodes = {
  /** Nothing at or above the --fail-on impact, and every story or page was checked. */
  clean: 0,
  /** Violations at or above the --fail-on impact (or a token pair below its contrast, a text above its LIX limit). */
  violations: 1,
  /** The command line was wrong: unknown option, missing argument, a directory without index.json. */
  usage: 2,
  /** No violation at the threshold, but a story or page errored or timed out, so the audit is incomplete. */
  incomplete: 3,
  /** The audit could not run: no Chromium, it would not start, or the Storybook could not be loaded. */
  setup: 4,
} as const;

/** Whether `impact` is at least as severe as `threshold`. */
export function atOrAbove(impact: Impact, threshold: Impact): boolean {
  return impacts.indexOf(impact) >= impacts.indexOf(threshold);
}

export function isImpact(value: string): value is Impact {
  return (impacts as readonly string[]).includes(value);
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
  /** Rule breaches at or above the threshold. */
  violationsAtThreshold: number;
}

export function summarize(report: AuditReport, failOn: Impact = 'minor'): AuditSummary {
  const byImpact: Record<Impact, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  const rules = new Set<string>();
  let violations = 0;
  let atThreshold = 0;
  for (const result of report.results) {
    for (const violation of result.violations) {
      rules.add(violation.ruleId);
      violations += 1;
      byImpact[violation.impact] += violation.nodes.length;
      if (atOrAbove(violation.impact, failOn)) atThreshold += 1;
    }
  }
  const count = (status: TargetResult['status']) => report.results.filter((result) => result.status === status).length;
  return {
    checks: report.results.length,
    passed: count('passed'),
    failed: count('failed'),
    errored: count('errored'),
    timedOut: count('timed-out'),
    rules: rules.size,
    violations,
    elements: Object.values(byImpact).reduce((sum, n) => sum + n, 0),
    byImpact,
    violationsAtThreshold: atThreshold,
  };
}

/** 1 for violations at the threshold; else 3 when a story or page could not be checked; else 0. */
export function exitCodeFor(report: AuditReport, failOn: Impact = 'minor'): number {
  const summary = summarize(report, failOn);
  if (summary.violationsAtThreshold > 0) return exitCodes.violations;
  if (summary.errored + summary.timedOut > 0) return exitCodes.incomplete;
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

/** Violations grouped by rule, the most severe and most frequent first. */
export function groupByRule(report: AuditReport): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const result of report.results) {
    for (const violation of result.violations) {
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
    (a, b) => impacts.indexOf(b.impact) - impacts.indexOf(a.impact) || b.elements - a.elements || a.ruleId.localeCompare(b.ruleId),
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

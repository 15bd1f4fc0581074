import { UsageError } from './errors.js';
import type { AuditReport, TargetResult } from './types.js';

/** One of `count` parts of an audit, numbered from 1, as `--shard 2/3` names it. */
export interface Shard {
  index: number;
  count: number;
}

/** Reads `k/n` (`2/3`): shard k of n, 1 ≤ k ≤ n. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard needs k/n with 1 ≤ k ≤ n, such as 2/3, got "${text}".`);
  return { index, count };
}

/** The items of one shard: every n-th from the k-th, so each shard gets a fair part and the same input splits the same way. */
export function inShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  return shard ? items.filter((_, position) => position % shard.count === shard.index - 1) : [...items];
}

/** Consecutive results of the same story (its themes) or page, as a shard took them. */
function groups(results: TargetResult[]): TargetResult[][] {
  const out: TargetResult[][] = [];
  for (const result of results) {
    const last = out.at(-1);
    if (last && last[0]!.target.kind === result.target.kind && last[0]!.target.id === result.target.id)
      last.push(result);
    else out.push([result]);
  }
  return out;
}

/**
 * Combines the JSON reports of every shard of one audit into the report a single run would have written: the
 * results in the order of the unsplit run, the earliest start, and the time from it to the last shard's end.
 */
export function mergeReports(shards: { name: string; report: AuditReport }[]): AuditReport {
  if (shards.length === 0)
    throw new UsageError('"merge" needs the JSON reports of the shards (written with --shard k/n --json <file>).');
  for (const { name, report } of shards) {
    if (!report || !Array.isArray(report.results) || !report.shard)
      throw new UsageError(`${name} is not the JSON report of a shard: write one with --shard k/n --json <file>.`);
  }
  const [first] = shards;
  const count = first!.report.shard!.count;
  const same = (pick: (report: AuditReport) => unknown, what: string) => {
    const expected = JSON.stringify(pick(first!.report));
    const other = shards.find(({ report }) => JSON.stringify(pick(report)) !== expected);
    if (other) throw new UsageError(`${other.name} is from another audit than ${first!.name}: they differ in ${what}.`);
  };
  same((report) => report.shard!.count, 'the number of shards');
  same((report) => [report.kind, report.source], 'source');
  same((report) => [report.tags, report.rules ?? null, report.themes], 'rules, tags or themes');
  same((report) => report.tool, 'the samspill-audit or axe-core version');
  const byIndex = new Map<number, AuditReport>();
  for (const { name, report } of shards) {
    if (byIndex.has(report.shard!.index))
      throw new UsageError(`${name} is shard ${report.shard!.index}/${count} again: give each shard once.`);
    byIndex.set(report.shard!.index, report);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0)
    throw new UsageError(
      `Shard ${missing.map((index) => `${index}/${count}`).join(', ')} is missing: merge all ${count} shards.`,
    );
  const parts = Array.from({ length: count }, (_, i) => groups(byIndex.get(i + 1)!.results));
  const results: TargetResult[] = [];
  for (let position = 0; parts.some((part) => position < part.length); position += 1)
    for (const part of parts) results.push(...(part[position] ?? []));
  const starts = shards.map(({ report }) => Date.parse(report.startedAt));
  const end = Math.max(...shards.map(({ report }) => Date.parse(report.startedAt) + report.durationMs));
  const { shard: _shard, ...rest } = first!.report;
  return {
    ...rest,
    startedAt: new Date(Math.min(...starts)).toISOString(),
    durationMs: end - Math.min(...starts),
    results,
  };
}

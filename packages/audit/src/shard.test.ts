// Splitting a Storybook audit by story and joining the parts, without a browser: every theme of a story stays together.
import { describe, expect, it } from 'vitest';
import { inShard, mergeReports, parseShard } from './shard.js';
import type { AuditReport, TargetResult } from './types.js';

const stories = ['a--one', 'a--two', 'b--one', 'b--two', 'c--one', 'd--one', 'e--one'];
const themes = ['light', 'dark'];

function result(id: string, theme: string): TargetResult {
  return {
    target: { kind: 'story', id, title: id, name: id, theme, url: `iframe.html?id=${id}` },
    status: 'passed',
    violations: [],
    needsReview: [],
    rulesRun: 50,
    durationMs: 5,
  };
}

function report(
  ids: string[],
  shard?: { index: number; count: number },
  startedAt = '2026-01-01T10:00:00.000Z',
): AuditReport {
  return {
    tool: { name: 'samspill-audit', version: '0.0.0', axeVersion: '4.14.1' },
    source: 'storybook-static',
    kind: 'storybook',
    tags: ['wcag2a'],
    themes,
    startedAt,
    durationMs: 1_000,
    ...(shard ? { shard } : {}),
    results: ids.flatMap((id) => themes.map((theme) => result(id, theme))),
  };
}

describe('--shard and merge for a Storybook', () => {
  it('gives every story to exactly one of three shards, with all its themes, the same way every time', () => {
    const parts = [1, 2, 3].map((index) => inShard(stories, parseShard(`${index}/3`)));
    expect(parts).toEqual([
      ['a--one', 'b--two', 'e--one'],
      ['a--two', 'c--one'],
      ['b--one', 'd--one'],
    ]);
    expect(inShard(stories, parseShard('2/3'))).toEqual(parts[1]);
  });

  it('merges three shards into the results, order and timing of one run', () => {
    const shards = [1, 2, 3].map((index) => ({
      name: `shard-${index}.json`,
      report: report(inShard(stories, { index, count: 3 }), { index, count: 3 }, `2026-01-01T10:00:0${index}.000Z`),
    }));
    const merged = mergeReports([shards[2]!, shards[0]!, shards[1]!]);
    const whole = report(stories);
    expect(merged.results).toEqual(whole.results);
    expect(merged.shard).toBeUndefined();
    // From the first shard's start to the last one's end.
    expect([merged.startedAt, merged.durationMs]).toEqual(['2026-01-01T10:00:01.000Z', 3_000]);
  });

  it('refuses shards of different audits', () => {
    const other = { ...report(inShard(stories, { index: 2, count: 2 }), { index: 2, count: 2 }), themes: ['light'] };
    expect(() =>
      mergeReports([
        { name: 'one.json', report: report(inShard(stories, { index: 1, count: 2 }), { index: 1, count: 2 }) },
        { name: 'two.json', report: other },
      ]),
    ).toThrow('two.json is from another audit than one.json: they differ in rules, tags or themes.');
  });
});

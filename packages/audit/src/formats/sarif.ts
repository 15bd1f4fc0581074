import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { notChecked, targetLabel, targetTitle } from '../summary.js';
import type { AuditReport, AuditTarget, Impact } from '../types.js';

export const sarifSchema = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

/** Critical and serious break the page for someone; moderate and minor make it harder. */
export const levelForImpact: Record<Impact, SarifLevel> = {
  critical: 'error',
  serious: 'error',
  moderate: 'warning',
  minor: 'note',
};

interface SarifMessage {
  text: string;
  markdown?: string;
}

interface SarifLogicalLocation {
  name: string;
  fullyQualifiedName: string;
  kind: string;
}

interface SarifLocation {
  physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number } };
  logicalLocations: SarifLogicalLocation[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: {
          id: string;
          name: string;
          shortDescription: SarifMessage;
          fullDescription: SarifMessage;
          helpUri: string;
          help: SarifMessage;
          defaultConfiguration: { level: SarifLevel };
          properties: { tags: string[]; impact: Impact };
        }[];
      };
      extensions: { name: string; version: string; informationUri: string }[];
    };
    invocations: {
      executionSuccessful: boolean;
      startTimeUtc: string;
      endTimeUtc: string;
      toolExecutionNotifications: { level: 'error'; message: SarifMessage; locations: SarifLocation[] }[];
    }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      /** `review` for what axe-core could not decide (its level is then `none`); `fail` for violations. */
      kind: 'fail' | 'review';
      level: SarifLevel | 'none';
      message: SarifMessage;
      locations: SarifLocation[];
      partialFingerprints: Record<string, string>;
      properties: { impact: Impact; theme?: string; storyId?: string; url: string; html: string };
    }[];
    properties: { source: string; kind: string; themes: string[]; tags: string[]; rules?: string[] };
  }[];
}

export interface SarifOptions {
  /**
   * The Storybook project's root, which the index's `importPath`s are relative to; when a story file is found
   * there, results point at the line of the story's export. @default process.cwd()
   */
  sourceRoot?: string;
}

/** Finds the line that declares a story's export, so code scanning can annotate it. */
function storyLine(
  root: string,
  importPath: string,
  exportName: string | undefined,
  cache: Map<string, string | null>,
): number | undefined {
  let text = cache.get(importPath);
  if (text === undefined) {
    try {
      text = readFileSync(join(root, importPath), 'utf8');
    } catch {
      text = null;
    }
    cache.set(importPath, text);
  }
  if (text === null || !exportName) return undefined;
  const escaped = exportName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const declaration = new RegExp(`^[ \\t]*export[ \\t]+(?:const|let|var|function)[ \\t]+${escaped}\\b`, 'm').exec(text);
  return declaration ? text.slice(0, declaration.index).split('\n').length : undefined;
}

function targetLocation(
  target: AuditTarget,
  root: string,
  cache: Map<string, string | null>,
  selector?: string,
): SarifLocation {
  const label = targetLabel(target);
  const logicalLocations: SarifLogicalLocation[] = [
    {
      name: label,
      fullyQualifiedName: `${targetTitle(target)}${target.theme ? ` [${target.theme}]` : ''}`,
      kind: 'resource',
    },
  ];
  if (selector) logicalLocations.push({ name: selector, fullyQualifiedName: `${label} ${selector}`, kind: 'element' });
  const location: SarifLocation = { logicalLocations };
  if (target.importPath) {
    const line = storyLine(root, target.importPath, target.exportName, cache);
    location.physicalLocation = {
      artifactLocation: { uri: target.importPath.replace(/^\.\//, '') },
      ...(line ? { region: { startLine: line } } : {}),
    };
  } else if (target.kind === 'page') {
    location.physicalLocation = { artifactLocation: { uri: target.url } };
  }
  return location;
}

/**
 * SARIF 2.1.0: one result per element that breaks a rule, in a story and theme (or a page), and one of kind
 * `review` per element that needs review.
 */
export function sarifReport(report: AuditReport, options: SarifOptions = {}): SarifLog {
  const root = resolve(options.sourceRoot ?? process.cwd());
  const cache = new Map<string, string | null>();
  const rules: SarifLog['runs'][number]['tool']['driver']['rules'] = [];
  const ruleIndex = new Map<string, number>();
  const results: SarifLog['runs'][number]['results'] = [];
  for (const result of report.results) {
    const { target } = result;
    const found = [
      ...result.violations.map((violation) => ({ violation, review: false })),
      ...result.needsReview.map((violation) => ({ violation, review: true })),
    ];
    for (const { violation, review } of found) {
      let index = ruleIndex.get(violation.ruleId);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(violation.ruleId, index);
        rules.push({
          id: violation.ruleId,
          name: violation.ruleId.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
          shortDescription: { text: violation.help },
          fullDescription: { text: violation.description },
          helpUri: violation.helpUrl,
          help: {
            text: `${violation.description} ${violation.helpUrl}`,
            markdown: `${violation.description}\n\n[How to fix it](${violation.helpUrl})`,
          },
          defaultConfiguration: { level: levelForImpact[violation.impact] },
          properties: { tags: violation.tags, impact: violation.impact },
        });
      }
      for (const node of violation.nodes) {
        const selector = node.selector.join(' ');
        const where = target.theme ? `${target.id} in the ${target.theme} theme` : target.url;
        results.push({
          ruleId: violation.ruleId,
          ruleIndex: index,
          kind: review ? 'review' : 'fail',
          // SARIF gives a level other than "none" only to results of kind "fail".
          level: review ? 'none' : levelForImpact[violation.impact],
          message: {
            text: `${review ? 'Needs review: ' : ''}${violation.help} (${violation.impact}): ${selector} in ${where}. ${node.failureSummary}`.trim(),
          },
          locations: [targetLocation(target, root, cache, selector)],
          partialFingerprints: {
            'samspillAudit/v1': createHash('sha256')
              .update(
                [violation.ruleId, target.id, target.theme ?? '', selector, ...(review ? ['review'] : [])].join(
                  '\u0000',
                ),
              )
              .digest('hex'),
          },
          properties: {
            impact: violation.impact,
            ...(target.theme ? { theme: target.theme, storyId: target.id } : {}),
            url: target.url,
            html: node.html,
          },
        });
      }
    }
  }
  const problems = notChecked(report);
  return {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: report.tool.name, version: report.tool.version, rules },
          extensions: [
            {
              name: 'axe-core',
              version: report.tool.axeVersion,
              informationUri: 'https://github.com/dequelabs/axe-core',
            },
          ],
        },
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            startTimeUtc: report.startedAt,
            endTimeUtc: new Date(Date.parse(report.startedAt) + report.durationMs).toISOString(),
            toolExecutionNotifications: problems.map((result) => ({
              level: 'error' as const,
              message: {
                text: `${targetLabel(result.target)} ${result.status === 'timed-out' ? 'timed out' : 'errored'}: ${result.error ?? ''}`.trim(),
              },
              locations: [targetLocation(result.target, root, cache)],
            })),
          },
        ],
        results,
        properties: {
          source: report.source,
          kind: report.kind,
          themes: report.themes,
          tags: report.tags,
          ...(report.rules ? { rules: report.rules } : {}),
        },
      },
    ],
  };
}

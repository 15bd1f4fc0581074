import { describeFailOn, failsRun, plural, targetLabel, type FailOptions } from '../summary.js';
import type { AuditReport, TargetResult, Violation } from '../types.js';
import { escapeXml } from './xml.js';

function describeViolation(violation: Violation): string {
  const nodes = violation.nodes.map(
    (node) => `  - ${node.selector.join(' ')}\n    ${node.failureSummary.replace(/\n/g, '\n    ')}`,
  );
  return `${violation.ruleId} (${violation.impact}): ${violation.help}\n${violation.helpUrl}\n${nodes.join('\n')}`;
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * JUnit XML: one test case per story and theme (or per page). Violations that fail the run are failures, the
 * others and the results that need review are listed in system-out (needs review is a failure with
 * `failOnReview`); a story that threw, timed out or was not HTML is an error.
 */
export function junitReport(report: AuditReport, options: FailOptions = {}): string {
  const failOn = options;
  const suites = new Map<string, TargetResult[]>();
  for (const result of report.results) {
    const name = result.target.theme ? `${report.kind} [${result.target.theme}]` : report.kind;
    suites.set(name, [...(suites.get(name) ?? []), result]);
  }
  let totals = { tests: 0, failures: 0, errors: 0, time: 0 };
  const suiteXml: string[] = [];
  for (const [name, results] of suites) {
    const cases: string[] = [];
    let failures = 0;
    let errors = 0;
    let time = 0;
    for (const result of results) {
      const { target } = result;
      time += result.durationMs;
      const attributes = [
        `classname="${escapeXml(target.kind === 'page' ? 'pages' : target.title)}"`,
        `name="${escapeXml(target.kind === 'page' ? target.url : `${target.name} [${target.theme ?? ''}]`)}"`,
        `time="${seconds(result.durationMs)}"`,
        ...(target.importPath ? [`file="${escapeXml(target.importPath.replace(/^\.\//, ''))}"`] : []),
      ].join(' ');
      const body: string[] = [];
      const failing = [
        ...result.violations.filter((v) => failsRun(v, failOn)),
        ...result.needsReview.filter((v) => failsRun(v, failOn, true)),
      ];
      const below = result.violations.filter((violation) => !failsRun(violation, failOn));
      const review = result.needsReview.filter((item) => !failsRun(item, failOn, true));
      if (result.status === 'errored' || result.status === 'timed-out') {
        errors += 1;
        const message = result.error ?? result.status;
        body.push(
          `<error message="${escapeXml(message)}" type="${result.status}">${escapeXml(`${targetLabel(target)}: ${message}\n${target.url}`)}</error>`,
        );
      } else if (failing.length > 0) {
        failures += 1;
        const label = (v: Violation) =>
          `${v.ruleId} (${v.impact}${result.needsReview.includes(v) ? ', needs review' : ''})`;
        const message = `${plural(failing.length, 'accessibility violation')}: ${failing.map(label).join(', ')}`;
        body.push(
          `<failure message="${escapeXml(message)}" type="axe-core">${escapeXml(`${target.url}\n\n${failing.map(describeViolation).join('\n\n')}`)}</failure>`,
        );
      }
      const out = [
        ...(below.length > 0
          ? [
              `Not failing the run (it fails on violations ${describeFailOn(failOn)}):\n\n${below.map(describeViolation).join('\n\n')}`,
            ]
          : []),
        ...(review.length > 0
          ? [
              `Needs review (axe-core could not decide; check by hand):\n\n${review.map(describeViolation).join('\n\n')}`,
            ]
          : []),
      ];
      if (out.length > 0) body.push(`<system-out>${escapeXml(out.join('\n\n'))}</system-out>`);
      cases.push(
        body.length === 0
          ? `    <testcase ${attributes}/>`
          : `    <testcase ${attributes}>\n      ${body.join('\n      ')}\n    </testcase>`,
      );
    }
    totals = {
      tests: totals.tests + results.length,
      failures: totals.failures + failures,
      errors: totals.errors + errors,
      time: totals.time + time,
    };
    suiteXml.push(
      `  <testsuite name="${escapeXml(name)}" tests="${results.length}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds(time)}" timestamp="${report.startedAt}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(`${report.tool.name} ${report.source}`)}" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="0" time="${seconds(report.durationMs)}" timestamp="${report.startedAt}">`,
    ...suiteXml,
    '</testsuites>',
    '',
  ].join('\n');
}

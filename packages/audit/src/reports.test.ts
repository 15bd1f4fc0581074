// The report writers on a hand-made report: what lands where, independent of the browser.
import { describe, expect, it } from 'vitest';
import { htmlReport } from './formats/html.js';
import { jsonReport } from './formats/json.js';
import { junitReport } from './formats/junit.js';
import { sarifReport } from './formats/sarif.js';
import { createProgress, terminalSummary } from './formats/terminal.js';
import { escapeXml } from './formats/xml.js';
import type { AuditReport, Impact, TargetResult } from './types.js';

function story(id: string, theme: string, impacts: Impact[], extra: Partial<TargetResult> = {}): TargetResult {
  return {
    target: {
      kind: 'story',
      id,
      title: 'Components/Thing',
      name: id,
      theme,
      url: `iframe.html?id=${id}`,
      importPath: './src/Thing.stories.tsx',
    },
    status: impacts.length > 0 ? 'failed' : 'passed',
    violations: impacts.map((impact, i) => ({
      ruleId: `rule-${impact}`,
      impact,
      description: `Checks ${impact} things`,
      help: `Fix ${impact} things`,
      helpUrl: `https://dequeuniversity.com/rules/axe/4.14/rule-${impact}`,
      tags: ['wcag2aa'],
      nodes: [{ selector: [`#n${i}`], html: `<b id="n${i}">\u0007 & "x"</b>`, failureSummary: 'Fix this' }],
    })),
    needsReview: [],
    rulesRun: 50,
    durationMs: 10,
    ...extra,
  };
}

const report: AuditReport = {
  tool: { name: 'samspill-audit', version: '1.2.3', axeVersion: '4.14.1' },
  source: 'storybook-static',
  kind: 'storybook',
  tags: ['wcag2a', 'wcag2aa'],
  themes: ['light', 'dark'],
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1234,
  results: [
    story('a', 'light', ['critical', 'minor']),
    story('a', 'dark', ['moderate']),
    story('b', 'light', []),
    story('b', 'dark', [], { status: 'timed-out', error: 'slow' }),
  ],
};

describe('SARIF', () => {
  it('maps impacts to levels: critical and serious are errors, moderate a warning, minor a note', () => {
    const sarif = sarifReport(report, { sourceRoot: '/nonexistent' });
    const levels = Object.fromEntries(sarif.runs[0]!.results.map((result) => [result.ruleId, result.level]));
    expect(levels).toEqual({ 'rule-critical': 'error', 'rule-minor': 'note', 'rule-moderate': 'warning' });
  });

  it('points at the story file without a line when the file cannot be read, and fingerprints each finding', () => {
    const [first] = sarifReport(report, { sourceRoot: '/nonexistent' }).runs[0]!.results;
    expect(first!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'src/Thing.stories.tsx' } });
    expect(first!.partialFingerprints['samspillAudit/v1']).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('JUnit', () => {
  it('fails only on violations at or above --fail-on and lists the rest in system-out', () => {
    const xml = junitReport(report, { failOn: 'serious' });
    expect(xml).toMatch(/<testsuites [^>]*tests="4" failures="1" errors="1"/);
    expect(xml).toContain('<failure message="1 accessibility violation: rule-critical (critical)"');
    expect(xml).toContain('Not failing the run (it fails on violations at or above &quot;serious&quot;):');
    expect(xml).toContain('<error message="slow" type="timed-out">');
  });

  it('escapes markup and replaces characters XML cannot hold', () => {
    expect(escapeXml('<b id="x">\u0007 & \'y\'</b>')).toBe(
      '&lt;b id=&quot;x&quot;&gt;\uFFFD &amp; &apos;y&apos;&lt;/b&gt;',
    );
    expect(junitReport(report)).not.toContain('\u0007');
  });
});

describe('JSON, HTML and the terminal summary', () => {
  it('puts the summary first in the JSON report', () => {
    const json = JSON.parse(jsonReport(report, { failOn: 'moderate' })) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 2)).toEqual(['summary', 'failOn']);
    expect(json.summary).toMatchObject({
      checks: 4,
      passed: 1,
      failed: 2,
      timedOut: 1,
      rules: 3,
      violationsAtThreshold: 2,
    });
  });

  it('groups the HTML by rule (most severe first) and by story, and escapes what axe-core reports', () => {
    const html = htmlReport(report);
    expect(html.indexOf('rule-critical')).toBeLessThan(html.indexOf('rule-moderate'));
    expect(html.indexOf('rule-moderate')).toBeLessThan(html.indexOf('rule-minor'));
    expect(html).toContain('&lt;b id=&quot;n0&quot;&gt;');
    expect(html).not.toContain('<b id="n0">');
    expect(html).toContain('<html lang="en">');
  });

  it('colours the terminal summary only when asked', () => {
    expect(terminalSummary(report).join('\n')).not.toContain('\u001b[');
    expect(terminalSummary(report, { color: true }).join('\n')).toContain('\u001b[31m');
    expect(terminalSummary(report, { failOn: 'critical' }).at(-1)).toBe('FAILED: 1 violation at or above "critical".');
  });
});

describe('what the page supplies', () => {
  const hostile: AuditReport = {
    ...report,
    kind: 'pages',
    themes: [],
    results: [
      {
        ...story('a', 'light', ['serious']),
        target: {
          kind: 'page',
          id: 'file:///home/me/page.html',
          title: 'file:///home/me/page.html',
          name: 'page',
          url: 'file:///home/me/page.html',
        },
      },
      {
        ...story('b', 'light', ['critical']),
        target: {
          kind: 'page',
          id: 'javascript:alert(1)',
          title: 'javascript:alert(1)',
          name: 'page',
          url: 'javascript:alert(1)',
        },
      },
      story('c', 'light', [], {
        status: 'errored',
        error: 'Boom\u001b]0;pwned\u0007\u001b[2J\u009b31mred\r\nPASSED: \u202eforged',
      }),
    ],
  };
  hostile.results[0]!.violations[0]!.helpUrl = 'javascript:alert(document.cookie)';

  it('links the HTML report only to http(s) URLs', () => {
    const hrefs = [...htmlReport(hostile).matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(#|https?:\/\/)/);
    expect(htmlReport(hostile)).toContain('<code>file:///home/me/page.html</code>');
  });

  it('prints no control characters or escape sequences from a page to the terminal, and keeps the message on its line', () => {
    const lines = terminalSummary(hostile);
    const text = lines.join('\n');
    // eslint-disable-next-line no-control-regex -- looking for exactly these.
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(lines).toContain('  errored   c [light]: Boom]0;pwned[2J31mred PASSED: forged');
  });
});

describe('progress', () => {
  it('prints a plain line every tenth of the run (at most every 25 checks) when stderr is not a terminal', () => {
    const lines: string[] = [];
    const progress = createProgress({
      tty: false,
      write: () => expect.unreachable(),
      line: (text) => lines.push(text),
    });
    for (let done = 1; done <= 300; done++) progress.update(done, 300, `story-${done}`);
    progress.end();
    expect(lines).toHaveLength(12);
    expect(lines[0]).toMatch(/^\[ {2}8%\] 25\/300 checked, \d+\/min: story-25$/);
    expect(lines.at(-1)).toMatch(/^\[100%\] 300\/300 checked/);
  });

  it('rewrites one line in place on a terminal, and clears it at the end', () => {
    const chunks: string[] = [];
    const progress = createProgress({
      tty: true,
      write: (chunk) => chunks.push(chunk),
      line: () => expect.unreachable(),
    });
    progress.update(1, 4, 'a');
    progress.update(2, 4, 'b');
    progress.end();
    expect(chunks).toHaveLength(3);
    expect(chunks[1]).toMatch(/^\r\[ 50%\] 2\/4 checked/);
    expect(chunks[2]).toMatch(/^\r +\r$/);
    expect(chunks.join('')).not.toContain('\u001b');
  });
});

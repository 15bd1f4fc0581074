import {
  describeFailOn,
  failsRun,
  formatDuration,
  groupByRule,
  groupByStory,
  notChecked,
  plural,
  summarize,
  targetLabel,
  targetTitle,
  type FailOptions,
  type RuleGroup,
} from '../summary.js';
import type { AuditReport, Impact, TargetResult, Violation } from '../types.js';
import { escapeXml as esc } from './xml.js';

// Colours chosen for at least 4.5:1 on their own backgrounds in both schemes; the impact is always written out too.
const CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1f; --muted: #4a4a55; --line: #c8c8d0; --panel: #f3f3f6;
  --link: #0b4fa8; --critical: #8f0f1a; --serious: #8a3a00; --moderate: #5c4a00; --minor: #2f4f6f; --ok: #1d5e2b; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #16161a; --fg: #ececf1; --muted: #b8b8c4; --line: #4a4a55; --panel: #222229;
    --link: #9cc3ff; --critical: #ffa3a8; --serious: #ffb77a; --moderate: #e6cf6a; --minor: #a9c8ea; --ok: #8fd9a0; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
a { color: var(--link); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem; z-index: 1; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 2px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.meta { color: var(--muted); margin: 0; }
.verdict { font-weight: 700; font-size: 1.1rem; }
.verdict[data-outcome="pass"] { color: var(--ok); }
.verdict[data-outcome="fail"] { color: var(--critical); }
.counts { display: flex; flex-wrap: wrap; gap: 0.75rem; padding: 0; list-style: none; }
.counts li { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.9rem; }
.counts strong { display: block; font-size: 1.4rem; }
nav ul { padding-left: 1.25rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; color: var(--muted); padding: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
pre { white-space: pre-wrap; word-break: break-word; background: var(--panel); padding: 0.5rem; margin: 0.25rem 0; }
.impact { font-weight: 700; text-transform: uppercase; font-size: 0.8rem; letter-spacing: 0.03em; }
.impact-critical { color: var(--critical); } .impact-serious { color: var(--serious); }
.impact-moderate { color: var(--moderate); } .impact-minor { color: var(--minor); }
.below { color: var(--muted); font-style: italic; }
details { margin: 0.25rem 0; }
summary { cursor: pointer; }
.rule, .story { border-left: 4px solid var(--line); padding-left: 1rem; margin-bottom: 1.5rem; }
`;

function impactBadge(impact: Impact): string {
  return `<span class="impact impact-${impact}">${impact}</span>`;
}

function anchor(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

function nodesList(violation: Violation): string {
  return `<ul>${violation.nodes
    .map(
      (node) =>
        `<li><code>${esc(node.selector.join(' '))}</code><details><summary>What to fix <span class="vh">for ${esc(node.selector.join(' '))}</span></summary><pre>${esc(node.failureSummary)}</pre><pre>${esc(node.html)}</pre></details></li>`,
    )
    .join('')}</ul>`;
}

function statusText(result: TargetResult): string {
  switch (result.status) {
    case 'passed':
      return 'passed';
    case 'failed':
      return plural(result.violations.length, 'rule') + ' broken';
    case 'errored':
      return `errored: ${result.error ?? ''}`;
    case 'timed-out':
      return `timed out: ${result.error ?? ''}`;
  }
}

/** Whether a URL may be a link in the report: http(s) only, so no script or local file runs from a click. */
function linkable(url: string): boolean {
  return /^https?:\/\//i.test(url.trim());
}

/** A link when the URL still works after the run and is http(s); anything else is shown as text. */
function openLink(result: TargetResult): string {
  const { url, theme } = result.target;
  if (!linkable(url)) return `<code>${esc(url)}</code>`;
  return `<a href="${esc(url)}">Open${theme ? ` in ${esc(theme)}` : ''}<span class="vh"> ${esc(targetTitle(result.target))}</span></a>`;
}

function helpLink(rule: Pick<RuleGroup, 'helpUrl' | 'ruleId'>): string {
  return linkable(rule.helpUrl) ? `<a href="${esc(rule.helpUrl)}">How to fix “${esc(rule.ruleId)}”</a>` : '';
}

export type HtmlOptions = FailOptions;

/** One self-contained, accessible HTML page: the summary, then violations grouped by rule and by story. */
export function htmlReport(report: AuditReport, options: HtmlOptions = {}): string {
  const failOn = options;
  const threshold = describeFailOn(failOn).replace(/"([^"]+)"/g, '“$1”');
  const summary = summarize(report, failOn);
  const rules = groupByRule(report);
  const review = groupByRule(report, 'needsReview');
  const stories = groupByStory(report).filter((group) =>
    group.results.some((result) => result.status !== 'passed' || result.needsReview.length > 0),
  );
  const problems = notChecked(report);
  const failingCount = summary.violationsAtThreshold + summary.needsReviewAtThreshold;
  const ranNothing = failingCount === 0 && summary.passed > 0 && summary.rulesRun === 0;
  const passedAll = failingCount === 0 && problems.length === 0 && !ranNothing;
  const what = report.kind === 'storybook' ? 'story' : 'page';
  const notFailing = summary.violations - summary.violationsAtThreshold;
  const reviewNote =
    summary.needsReview > 0
      ? ` ${plural(summary.needsReview, 'result')} to review by hand${failOn.failOnReview ? '' : ' (not failing the run)'}.`
      : '';
  const failing = [
    ...(summary.violationsAtThreshold > 0 ? [plural(summary.violationsAtThreshold, 'violation')] : []),
    ...(summary.needsReviewAtThreshold > 0 ? [`${plural(summary.needsReviewAtThreshold, 'result')} to review`] : []),
  ].join(' and ');
  const unchecked =
    problems.length > 0
      ? `${plural(problems.length, what === 'story' ? 'story check' : 'page')} could not be checked`
      : '';
  const verdict = passedAll
    ? `Passed: no violations ${threshold}${notFailing > 0 ? ` (${plural(notFailing, 'violation')} that do not fail the run)` : ''}.${reviewNote}`
    : ranNothing
      ? 'Not checked: no axe-core rule ran on any page.'
      : failingCount > 0
        ? `Failed: ${failing} ${threshold}${unchecked ? `, ${unchecked}` : ''}.${reviewNote}`
        : `Not fully checked: no violations ${threshold}, but ${unchecked}.${reviewNote}`;

  const ruleSection = (rule: RuleGroup, prefix: string, where: string, note: string) => {
    const rows = rule.occurrences
      .map(
        ({ target, violation }) =>
          `<tr><td><a href="#${anchor('story', target.id)}">${esc(targetTitle(target))}</a></td>${report.kind === 'storybook' ? `<td>${esc(target.theme ?? '')}</td>` : ''}<td>${nodesList(violation)}</td></tr>`,
      )
      .join('');
    return `<section class="rule" aria-labelledby="${anchor(prefix, rule.ruleId)}">
<h3 id="${anchor(prefix, rule.ruleId)}">${esc(rule.help)} <code>${esc(rule.ruleId)}</code></h3>
<p>${impactBadge(rule.impact)}${note} · ${plural(rule.elements, 'element')} in ${plural(rule.occurrences.length, `${what} check`)} · ${esc(rule.description)} ${helpLink(rule)}</p>
<table><caption>${where}</caption><thead><tr><th scope="col">${what === 'story' ? 'Story' : 'Page'}</th>${report.kind === 'storybook' ? '<th scope="col">Theme</th>' : ''}<th scope="col">Elements</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
  };
  const ruleSections = rules.map((rule) =>
    ruleSection(
      rule,
      'rule',
      `Where “${esc(rule.ruleId)}” is broken`,
      rule.occurrences.some(({ violation }) => failsRun(violation, failOn))
        ? ''
        : ' <span class="below">does not fail the run</span>',
    ),
  );
  const reviewSections = review.map((rule) =>
    ruleSection(rule, 'review', `Where “${esc(rule.ruleId)}” needs review`, ''),
  );

  const storySections = stories.map((group) => {
    const rows = group.results
      .map((result) => {
        const item = (v: Violation, prefix: string, label: string) =>
          `<li>${label}${impactBadge(v.impact)} <a href="#${anchor(prefix, v.ruleId)}">${esc(v.help)}</a> <code>${esc(v.ruleId)}</code>: ${esc(v.nodes.map((n) => n.selector.join(' ')).join(', '))}</li>`;
        const found = [
          ...result.violations.map((v) => item(v, 'rule', '')),
          ...result.needsReview.map((v) => item(v, 'review', 'Needs review: ')),
        ];
        const detail = found.length > 0 ? `<ul>${found.join('')}</ul>` : esc(statusText(result));
        return `<tr>${report.kind === 'storybook' ? `<th scope="row">${esc(result.target.theme ?? '')}</th>` : ''}<td>${detail}</td><td>${openLink(result)}</td></tr>`;
      })
      .join('');
    return `<section class="story" aria-labelledby="${anchor('story', group.id)}">
<h3 id="${anchor('story', group.id)}">${esc(targetTitle(group.target))}</h3>
<p class="meta">${group.target.kind === 'page' ? '' : `<code>${esc(group.id)}</code>`}${group.target.importPath ? ` · <code>${esc(group.target.importPath)}</code>` : ''}</p>
<table><caption>Results for ${esc(targetTitle(group.target))}</caption><thead><tr>${report.kind === 'storybook' ? '<th scope="col">Theme</th>' : ''}<th scope="col">Result</th><th scope="col">Where</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
  });

  const problemRows = problems
    .map(
      (result) =>
        `<tr><td>${esc(targetLabel(result.target))}</td><td>${result.status === 'timed-out' ? 'timed out' : 'errored'}</td><td>${esc(result.error ?? '')}</td></tr>`,
    )
    .join('');

  const counts: [string, number][] = [
    [report.kind === 'storybook' ? 'checks (stories × themes)' : 'pages', summary.checks],
    ['passed', summary.passed],
    ['with violations', summary.failed],
    ['errored', summary.errored],
    ['timed out', summary.timedOut],
    ['rules broken', summary.rules],
    ['elements', summary.elements],
    ['need review', summary.needsReviewElements],
  ];

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility audit: ${esc(report.source)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the results</a>
<header>
<h1>Accessibility audit</h1>
<p class="meta">${esc(report.source)} · ${esc(report.startedAt)} · ${formatDuration(report.durationMs)} · ${esc(report.tool.name)} ${esc(report.tool.version)} with axe-core ${esc(report.tool.axeVersion)}</p>
<p class="meta">${report.rules ? `Rules: ${esc(report.rules.join(', '))}` : `Tags: ${esc(report.tags.join(', '))}`}${report.themes.length > 0 ? ` · Themes: ${esc(report.themes.join(', '))}` : ''} · Fails on: violations ${esc(threshold)}${failOn.failOnReview ? ', and results that need review' : ''}</p>
</header>
<main id="main">
<p class="verdict" data-outcome="${passedAll ? 'pass' : 'fail'}">${esc(verdict)}</p>
<ul class="counts" aria-label="Counts">${counts.map(([label, n]) => `<li><strong>${n}</strong> ${esc(label)}</li>`).join('')}</ul>
<p>Elements by impact: ${(['critical', 'serious', 'moderate', 'minor'] as const).map((impact) => `${impactBadge(impact)} ${summary.byImpact[impact]}`).join(' · ')}</p>
<nav aria-label="Sections"><ul>
<li><a href="#by-rule">Violations by rule (${rules.length})</a></li>
<li><a href="#needs-review">Needs review by rule (${review.length})</a></li>
<li><a href="#by-story">Results by ${what} (${stories.length})</a></li>
<li><a href="#problems">${what === 'story' ? 'Stories' : 'Pages'} that could not be checked (${problems.length})</a></li>
</ul></nav>
<h2 id="by-rule">Violations by rule</h2>
${ruleSections.length > 0 ? ruleSections.join('\n') : '<p>No rule was broken.</p>'}
<h2 id="needs-review">Needs review by rule</h2>
<p>axe-core could not decide these (text over a gradient or an image, for instance): a person must check them.${failOn.failOnReview ? ' They fail the run.' : ' They do not fail the run unless it is run with <code>--fail-on-review</code>.'}</p>
${reviewSections.length > 0 ? reviewSections.join('\n') : '<p>Nothing needs review.</p>'}
<h2 id="by-story">Results by ${what}</h2>
${storySections.length > 0 ? storySections.join('\n') : `<p>Every ${what} passed.</p>`}
<h2 id="problems">${what === 'story' ? 'Stories' : 'Pages'} that could not be checked</h2>
${problems.length > 0 ? `<table><caption>Errors, timeouts and pages that are not HTML</caption><thead><tr><th scope="col">${what === 'story' ? 'Story and theme' : 'Page'}</th><th scope="col">What happened</th><th scope="col">Message</th></tr></thead><tbody>${problemRows}</tbody></table>` : '<p>None: every one was checked.</p>'}
</main>
<footer><p class="meta">Automated checks find only part of the accessibility problems; test with a keyboard and a screen reader too.</p></footer>
</body>
</html>
`;
}

// `pnpm bench`: Samspill against plain React with a static stylesheet and the styled-components floor, in one run:
// bundle sizes under Vite and esbuild, server render in Node, and re-render, warm re-mount and theme switch in
// Chromium, on a page of 1,000 buttons and 200 labelled text fields. Prints one table; goals beside each figure.
process.env.NODE_ENV = 'production';

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '@samspill/audit';
import { entrySource, kB, measureEntries, samspillStylesheets } from '#test/bundle-size.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
const variants = /** @type {const} */ (['samspill', 'plain', 'floor']);
const RUNS = 31;

// The mean of the fastest fifth of the runs: on a shared machine other work only ever adds time, so the fastest runs
// are the steadiest estimate, and averaging several of them keeps one lucky run of one variant from deciding a ratio
// (on a busy machine the single fastest re-render of the same code gave 1.07x and 1.59x plain).
const FASTEST = Math.round(RUNS / 5);
const fastest = (/** @type {number[]} */ values) =>
  [...values]
    .sort((a, b) => a - b)
    .slice(0, FASTEST)
    .reduce((sum, value) => sum + value, 0) / FASTEST;
const ratio = (/** @type {number} */ value, /** @type {number} */ base) => `${(value / base).toFixed(2)}x`;
const mark = (/** @type {boolean} */ met) => (met ? 'met' : 'NOT MET');

mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const dir = mkdtempSync(join(root, 'node_modules', '.cache', 'samspill-bench-'));

async function sizes() {
  const reactExports = Object.keys(await import('@samspill/react'));
  const further = reactExports.filter(
    (name) => /^[A-Z]/.test(name) && !['SamspillProvider', 'Button', 'GlobalStyles'].includes(name),
  );
  writeFileSync(join(dir, 'plain.css'), (await bundlePages()).plainCss);
  const samspill = (/** @type {string[]} */ names) =>
    entrySource({ '@samspill/react': ['SamspillProvider', ...names] }, samspillStylesheets);
  const entries = {
    plain: `import ${JSON.stringify(join(dir, 'plain.css'))};\nwindow.__used = 1;\n`,
    floor: entrySource({ 'styled-components': ['styled'] }),
    Button: samspill(['Button']),
    'Button + TextField': samspill(['Button', 'TextField']),
    ...Object.fromEntries(further.map((name) => [`+ ${name}`, samspill(['Button', name])])),
  };
  return measureEntries(entries);
}

/** @type {Promise<{ plainCss: string; serverRenders: Record<string, () => string> }> | undefined} */
let pages;
function bundlePages() {
  pages ??= (async () => {
    const outfile = join(dir, 'server.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'server.tsx')],
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      jsx: 'automatic',
      outfile,
      logLevel: 'silent',
    });
    return import(pathToFileURL(outfile).href);
  })();
  return pages;
}

async function serverRender() {
  const { serverRenders } = await bundlePages();
  /** @type {Record<string, number[]>} */
  const samples = Object.fromEntries(variants.map((variant) => [variant, []]));
  for (let run = -5; run < RUNS; run++) {
    for (const variant of variants) {
      const start = performance.now();
      serverRenders[variant]();
      if (run >= 0) samples[variant].push(performance.now() - start);
    }
  }
  const times = Object.fromEntries(variants.map((variant) => [variant, fastest(samples[variant])]));
  return times;
}

/** @param {'production' | 'development'} mode */
async function clientBundle(mode) {
  const entry = join(dir, `client-${mode}.js`);
  writeFileSync(
    entry,
    [
      ...samspillStylesheets.map((sheet) => `import ${JSON.stringify(sheet)};`),
      `import ${JSON.stringify(join(import.meta.dirname, 'client.tsx'))};`,
    ].join('\n'),
  );
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: mode === 'production',
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    outdir: join(dir, `out-${mode}`),
    write: false,
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    logLevel: 'silent',
  });
  const text = (/** @type {string} */ ext) =>
    result.outputFiles
      .filter((file) => file.path.endsWith(ext))
      .map((file) => file.text)
      .join('\n');
  return { js: text('.js'), css: text('.css') };
}

async function browserTimes() {
  const { plainCss } = await bundlePages();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const production = await clientBundle('production');
    const development = await clientBundle('development');
    const load = async (/** @type {string} */ variant, /** @type {{ js: string; css: string }} */ bundle) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const css = (variant === 'samspill' ? bundle.css : '') + (variant === 'plain' ? plainCss : '');
      await page.setContent(
        `<!doctype html><html lang="en"><head><style>${css}</style></head><body><div id="root"></div></body></html>`,
      );
      await page.addScriptTag({ content: bundle.js });
      await page.evaluate((variant) => {
        window.api = window.bench(variant);
        window.api.mount();
      }, variant);
      return page;
    };
    const pages = await Promise.all(variants.map((variant) => load(variant, production)));
    /** @type {Record<string, Record<string, number[]>>} */
    const samples = Object.fromEntries(
      variants.map((variant) => [variant, { rerender: [], remount: [], themeSwitch: [] }]),
    );
    // Round robin, so a busy moment on the machine falls on every variant alike.
    for (const step of /** @type {const} */ (['rerender', 'remount', 'themeSwitch'])) {
      for (let run = -3; run < RUNS; run++) {
        for (const [index, variant] of variants.entries()) {
          const time = await pages[index].evaluate(
            (step) => (step === 'remount' ? (window.api.unmount(), window.api.mount()) : window.api[step]()),
            step,
          );
          if (run >= 0) samples[variant][step].push(time);
        }
      }
    }
    await Promise.all(pages.map((page) => page.close()));
    const devPage = await load('samspill', development);
    const inspection = await devPage.evaluate(() => window.api.inspectThemeSwitch());
    await devPage.close();
    const results = Object.fromEntries(
      variants.map((variant) => [
        variant,
        Object.fromEntries(Object.entries(samples[variant]).map(([step, times]) => [step, fastest(times)])),
      ]),
    );
    return { ...results, inspection };
  } finally {
    await browser.close();
  }
}

try {
  const size = await sizes();
  const server = await serverRender();
  const client = await browserTimes();

  const lines = [
    '',
    '## Size (kB gzip -9, all-in: JS + CSS a team ships; React not counted)',
    '',
    '| entry | Vite | esbuild | goal |',
    '|---|---|---|---|',
  ];
  const button = size.Button;
  for (const [name, { vite, esbuild }] of Object.entries(size)) {
    if (name === 'plain') lines.push(`| plain React + static CSS | ${kB(vite)} | ${kB(esbuild)} | |`);
    else if (name === 'floor') lines.push(`| styled-components floor | ${kB(vite)} | ${kB(esbuild)} | |`);
    else if (name === 'Button')
      lines.push(`| Button | ${kB(vite)} | ${kB(esbuild)} | ≤ 12.5: ${mark(Math.max(vite, esbuild) <= 12_500)} |`);
    else if (name === 'Button + TextField')
      lines.push(
        `| Button + TextField | ${kB(vite)} | ${kB(esbuild)} | ≤ 14.0: ${mark(Math.max(vite, esbuild) <= 14_000)} |`,
      );
    else {
      const cost = { vite: vite - button.vite, esbuild: esbuild - button.esbuild };
      lines.push(
        `| ${name} (over Button) | ${kB(cost.vite)} | ${kB(cost.esbuild)} | ≤ 1.5: ${mark(Math.max(cost.vite, cost.esbuild) <= 1_500)} |`,
      );
    }
  }
  const row = (/** @type {string} */ label, /** @type {Record<string, number>} */ times, /** @type {number} */ goal) =>
    `| ${label} | ${times.samspill.toFixed(1)} | ${times.plain.toFixed(1)} | ${times.floor.toFixed(1)} | ${ratio(times.samspill, times.plain)} | ${ratio(times.floor, times.plain)} | ≤ ${goal.toFixed(1)}x: ${mark(times.samspill / times.plain <= goal)} |`;
  const pick = (/** @type {'rerender' | 'remount' | 'themeSwitch'} */ key) =>
    Object.fromEntries(variants.map((variant) => [variant, client[variant][key]]));
  const inspection = client.inspection;
  lines.push(
    '',
    `## Time (ms, mean of the fastest ${FASTEST} of ${RUNS} runs, variants interleaved; 1,000 buttons and 200 labelled text fields; Chromium steps include style and layout)`,
    '',
    '| step | Samspill | plain | styled-components floor | Samspill x plain | floor x plain | goal |',
    '|---|---|---|---|---|---|---|',
    row('server render (renderToString + styles)', server, 2),
    row('re-render', pick('rerender'), 1.5),
    row('warm re-mount', pick('remount'), 1.5),
    row('theme switch', pick('themeSwitch'), 2),
    '',
    `Theme switch in Samspill: ${inspection.rulesAdded} style rules added (goal 0: ${mark(inspection.rulesAdded === 0)}), ` +
      `${inspection.rerendered} of 1,200 components re-rendered (goal 0: ${mark(inspection.rerendered === 0)}), ` +
      `${inspection.transitions} colour transitions started (goal 0: ${mark(inspection.transitions === 0)}).`,
    '',
  );
  console.log(lines.join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Installs the packed packages into fresh apps outside the workspace, as a product team does, and checks that they
// build without warnings, render and respond in Chromium without console messages, render on a plain Node server
// and hydrate, and render through Vite's dev-mode SSR. Runs after `pnpm build` (the test command builds first).
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '@samspill/audit';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(import.meta.dirname, 'app');
// What an app that uses components, patterns and feedback installs; the rest come in as their dependencies.
const packageDirs = ['tokens', 'packages/react', 'packages/plain-language', 'packages/feedback', 'packages/patterns'];
const npmFlags = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
// Generous for a busy two-core machine and a cold npm cache, but a hang still ends the run.
const setupTimeout = { timeout: 300_000 };
const testTimeout = { timeout: 120_000 };

const work = mkdtempSync(join(tmpdir(), 'samspill-consumer-'));
const app = join(work, 'app');
const react18 = join(app, 'react18');
let browser;

/** Runs a command and returns its stdout; a failure shows the command's output. */
async function run(command, args, options = {}) {
  try {
    const { stdout } = await promisify(execFile)(command, args, { maxBuffer: 64 * 1024 * 1024, ...options });
    return stdout;
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`, {
      cause: error,
    });
  }
}

/** The pnpm that runs this suite (through `pnpm check`), else the one on the PATH. */
function pnpm(args, options) {
  const execPath = process.env.npm_execpath;
  return execPath && /pnpm/.test(execPath)
    ? run(process.execPath, [execPath, ...args], options)
    : run('pnpm', args, options);
}

function writeManifest(dir, name, dependencies) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name, private: true, type: 'module', dependencies }, null, 2),
  );
}

/** The first tsx block of the root README's product section, as a team would paste it. */
function readmeExample() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Using Samspill in a product'));
  const block = /```tsx\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'The root README has no tsx example under "Using Samspill in a product".');
  return block;
}

/** Starts the app's plain Node server on a free port; resolves with its origin and a way to stop it. */
async function startServer(dist, env = {}) {
  const child = spawn(process.execPath, ['server.mjs', dist], {
    cwd: app,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(JSON.parse(String(chunk)).port));
    child.once('exit', (code) => reject(new Error(`The app's server exited with ${code}:\n${errors}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill(), errors: () => errors };
}

/** Opens a page and records every console message and uncaught error on it. */
async function openPage(url) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  await page.goto(url);
  return { page, messages };
}

/** The Greet button has Samspill's look from the static stylesheets and the team's own rule on top of it. */
async function assertStyled(page) {
  const style = await page
    .getByRole('button', { name: 'Greet' })
    .evaluate((button) => ({ ...getComputedStyle(button) }))
    .then((style) => ({
      background: style.backgroundColor,
      radius: style.borderTopLeftRadius,
      minWidth: style.minWidth,
    }));
  // Samspill's primary action colour and corner radius, not the browser's grey button.
  assert.notEqual(style.background, 'rgb(239, 239, 239)');
  assert.notEqual(style.background, 'rgba(0, 0, 0, 0)');
  assert.notEqual(style.radius, '0px');
  assert.equal(style.minWidth, '192px', "the team's styled(Button) rule applies too");
}

/** Types a name, greets, and answers the feedback question: a component and a pattern under one provider. */
async function useTheApp(page) {
  await page.locator('main[data-ready]').waitFor();
  await assertStyled(page);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ada');
  await page.getByRole('button', { name: 'Greet' }).click();
  await page.getByText('Hello, Ada!').waitFor();
  await page.getByRole('button', { name: 'Yes' }).click();
  await page.getByRole('heading', { name: 'Thank you for your feedback' }).waitFor();
}

async function build(dir, mode, ...pages) {
  const output = await run(process.execPath, [join(app, 'build.mjs'), dir, mode, ...pages], { cwd: app });
  return JSON.parse(output.trim().split('\n').at(-1)).warnings;
}

before(async () => {
  const tarballs = join(work, 'tarballs');
  // pnpm pack turns workspace: ranges into the versions a registry install understands.
  await Promise.all(packageDirs.map((dir) => pnpm(['pack', '--pack-destination', tarballs], { cwd: join(root, dir) })));
  const packed = Object.fromEntries(
    readdirSync(tarballs).map((file) => [
      file.replace(/^samspill-(.+)-\d+\.\d+\.\d+.*\.tgz$/, '@samspill/$1'),
      `file:${join(tarballs, file)}`,
    ]),
  );
  assert.equal(Object.keys(packed).length, packageDirs.length);

  cpSync(fixture, app, { recursive: true });
  // The README's example mounts itself on #root, as the app's own entry does.
  const indexHtml = readFileSync(join(fixture, 'index.html'), 'utf8');
  writeFileSync(join(app, 'readme.html'), indexHtml.replace('/src/main.js', '/src/readme.tsx'));
  writeFileSync(join(app, 'src', 'readme.tsx'), readmeExample());
  writeManifest(app, 'samspill-consumer', {
    ...packed,
    react: '^19.0.0',
    'react-dom': '^19.0.0',
    'styled-components': '^6.1.0',
    vite: '^8.0.0',
    '@vitejs/plugin-react': '^6.0.0',
    '@types/react': '^19.0.0',
    '@types/react-dom': '^19.0.0',
  });
  // React 18 gets its own small folder inside the app: its node_modules win for its sources, Vite comes from above.
  mkdirSync(join(react18, 'src'), { recursive: true });
  for (const file of ['app.js', 'main.js']) cpSync(join(fixture, 'src', file), join(react18, 'src', file));
  writeFileSync(join(react18, 'index.html'), indexHtml);
  writeManifest(react18, 'samspill-consumer-react18', {
    ...packed,
    react: '^18.2.0',
    'react-dom': '^18.2.0',
    'styled-components': '^6.1.0',
  });
  await Promise.all([run('npm', npmFlags, { cwd: app }), run('npm', npmFlags, { cwd: react18 })]);

  const executablePath = findChromium();
  assert.ok(executablePath, 'No Chromium found: set CHROME_PATH or install chromium.');
  browser = await chromium.launch({ executablePath, args: chromiumArgs });
}, setupTimeout);

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a Vite + React 19 app installed from the tarballs', () => {
  it('builds with zero warnings', testTimeout, async () => {
    assert.deepEqual(await build(app, 'production', 'index.html', 'readme.html'), []);
  });

  it('renders and responds in Chromium with zero console messages', testTimeout, async () => {
    const server = await startServer(join(app, 'dist'));
    try {
      const { page, messages } = await openPage(`${server.origin}/index.html`);
      await useTheApp(page);
      assert.deepEqual(messages, []);
    } finally {
      server.stop();
    }
  });

  it("runs the root README's example as written: it type-checks, renders and responds", testTimeout, async () => {
    await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')]);
    const server = await startServer(join(app, 'dist'));
    try {
      const { page, messages } = await openPage(`${server.origin}/readme.html`);
      await page.getByRole('textbox', { name: 'Navn' }).fill('Ada');
      await page.getByRole('button', { name: 'Lagre' }).click();
      await page.getByText('Lagret: Ada').waitFor();
      assert.deepEqual(messages, []);
    } finally {
      server.stop();
    }
  });
});

describe('a Vite + React 18 app installed from the tarballs', () => {
  it(
    'builds with zero warnings, and renders and responds in Chromium with zero console messages',
    testTimeout,
    async () => {
      assert.deepEqual(await build(react18, 'production', 'index.html'), []);
      const server = await startServer(join(react18, 'dist'));
      try {
        const { page, messages } = await openPage(`${server.origin}/index.html`);
        assert.equal(await page.evaluate(() => document.querySelector('[data-samspill-theme]') !== null), true);
        await useTheApp(page);
        assert.deepEqual(messages, []);
      } finally {
        server.stop();
      }
    },
  );
});

describe('server rendering without a bundler', () => {
  it(
    'renders on a plain Node server, styled before any script runs, and the page hydrates without a warning',
    testTimeout,
    async () => {
      // A development client build: React reports hydration mismatches in full only there.
      await build(app, 'development', 'ssr.html');
      const server = await startServer(join(app, 'dist-dev'), { NODE_ENV: 'development' });
      try {
        const html = await (await fetch(server.origin)).text();
        assert.match(html, /<button[^>]*>.*Greet.*<\/button>/);
        // Samspill's classes are in the HTML and their rules in the stylesheet the page links; the team's own
        // styled-components rule is in the page's style tag, from ServerStyleSheet.
        assert.match(html, /<button[^>]*class="samspill-button /);
        assert.match(html, /<link rel="stylesheet"[^>]*href="\/assets\/[^"]+\.css"/);
        assert.match(html, /<style[^>]*data-styled[^>]*>[^<]*min-width:12rem/);

        const { page, messages } = await openPage(server.origin);
        // Styled by the stylesheets the server page links, which need no script.
        await assertStyled(page);
        await useTheApp(page);
        assert.deepEqual(
          messages.filter((message) => !message.startsWith('info: ') && !message.startsWith('log: ')),
          [],
        );
        assert.equal(server.errors(), '');
      } finally {
        server.stop();
      }
    },
  );

  it("renders through Vite's dev-mode SSR, which loads the packages through Node", testTimeout, async () => {
    const output = await run(process.execPath, [join(app, 'dev-ssr.mjs'), app], {
      cwd: app,
      env: { ...process.env, NODE_ENV: 'development' },
    });
    const { html, styles, warnings } = JSON.parse(output);
    assert.match(html, /<button[^>]*>.*Greet.*<\/button>/);
    assert.match(html, /Was this page helpful\?/);
    assert.match(html, /class="samspill-button /);
    assert.match(styles, /<style[^>]*data-styled[^>]*>[^<]*min-width:12rem/);
    assert.deepEqual(warnings, []);
  });
});

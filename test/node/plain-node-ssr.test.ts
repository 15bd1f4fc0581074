// A product team that renders on a plain Node server (React Router, Vike, Astro, its own server) imports the
// built packages through Node's own ESM loader, with no bundler in between. This runs that in a child process,
// so nothing of Vite's resolution helps it. Runs after `pnpm build` (the test command builds first).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('renders components and patterns on a plain Node server, every class styled by the static stylesheets', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'test/fixtures/plain-node/render.mjs')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const { html, scrubbed, words } = JSON.parse(stdout) as { html: string; scrubbed: string; words: number };

  expect(html).toMatch(/<button[^>]*>.*Lagre.*<\/button>/);
  expect(html).toContain('<legend>Leveringsmåte</legend>');
  expect(html.match(/type="radio"/g)).toHaveLength(2);
  expect(html).toContain('Innlogging er treg');
  expect(html).toContain('Var denne siden nyttig?');
  // Every class on the server's HTML has its rules in the stylesheets the page links: no styles wait for a script.
  const stylesheets = ['packages/react/dist/styles.css', 'packages/patterns/dist/styles.css']
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
  const classes = new Set([...html.matchAll(/class="([^"]+)"/g)].flatMap((match) => match[1]!.split(' ')));
  expect(classes.size).toBeGreaterThan(10);
  for (const className of classes) expect(stylesheets, className).toMatch(new RegExp(`\\.${className}[\\s,:.\\[>{]`));
  expect(scrubbed).not.toContain('ola@example.no');
  expect(words).toBe(4);
}, 60_000);

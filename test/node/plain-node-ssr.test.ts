// A product team that renders on a plain Node server (React Router, Vike, Astro, its own server) imports the
// built packages through Node's own ESM loader, with no bundler in between. This runs that in a child process,
// so nothing of Vite's resolution helps it. Runs after `pnpm build` (the test command builds first).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('renders components and patterns with their styles on a plain Node server', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'test/fixtures/plain-node/render.mjs')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const { html, styleTags, scrubbed, words } = JSON.parse(stdout) as {
    html: string;
    styleTags: string;
    scrubbed: string;
    words: number;
  };

  expect(html).toMatch(/<button[^>]*>.*Lagre.*<\/button>/);
  expect(html).toContain('<legend>Leveringsmåte</legend>');
  expect(html.match(/type="radio"/g)).toHaveLength(2);
  expect(html).toContain('Innlogging er treg');
  expect(html).toContain('Var denne siden nyttig?');
  // Every class styled-components put on an element has its rule in the server's style tags.
  const classes = new Set([...html.matchAll(/class="[^"]*?\b(samspill-[\w-]+) ([\w-]+)"/g)].map((match) => match[2]!));
  expect(classes.size).toBeGreaterThan(5);
  for (const className of classes) expect(styleTags, className).toContain(`.${className}{`);
  expect(scrubbed).not.toContain('ola@example.no');
  expect(words).toBe(4);
}, 60_000);

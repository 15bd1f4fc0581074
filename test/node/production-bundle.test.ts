// Development-only checks must cost production nothing: a production bundle of LegalNotice must not contain the
// readability analysis (or its word lists), the input validation or the renamed-prop warnings, while a development
// bundle does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// Inside the repository, so the entry resolves the workspace packages like an app would.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const dir = mkdtempSync(join(root, 'node_modules', '.cache', 'samspill-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(mode: 'production' | 'development'): Promise<string> {
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, "export { LegalNotice } from '@samspill/patterns';\n");
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    mode,
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    resolve: { conditions: ['samspill-source', 'module', 'browser', 'import', 'default'] },
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      rollupOptions: { external: [/^react($|\/)/, /^react-dom($|\/)/] },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  return (result as { output: { code?: string }[] }).output.map((chunk) => chunk.code ?? '').join('\n');
}

describe('LegalNotice in a production bundle', () => {
  it('leaves out the readability analysis and the input validation', async () => {
    const production = await bundle('production');
    expect(production).toContain('legalNotice.inShort');
    expect(production).not.toContain('hereinafter');
    expect(production).not.toContain('summary has a LIX');
    expect(production).not.toContain('needs a `summary`');
    // The warnings that name a renamed prop (LegalNotice's `contact`, Disclosure's `summary`) stay silent too.
    expect(production).not.toContain('The old name still works');
  }, 60_000);

  it('keeps them in a development bundle, so the check above can fail', async () => {
    const development = await bundle('development');
    expect(development).toContain('hereinafter');
    expect(development).toContain('needs a `summary`');
    expect(development).toContain('The old name still works');
  }, 60_000);
});

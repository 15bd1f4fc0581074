// Measures what a team ships for an import: the JS and CSS of one entry, bundled and minified for production by
// Vite or esbuild as an app would, React left out (the app has it anyway), gzipped at level 9.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = join(import.meta.dirname, '..', '..');
const external = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

/** The stylesheets a product links once for Samspill's components: the tokens and the components' rules. */
export const samspillStylesheets = ['@samspill/tokens/css/samspill.css', '@samspill/react/styles.css'];

/** The stylesheets a product that uses the patterns links once: the above and the patterns' rules. */
export const patternStylesheets = [...samspillStylesheets, '@samspill/patterns/styles.css'];

/**
 * An entry that uses the named exports and imports the stylesheets, so tree-shaking keeps exactly what an app
 * using them keeps.
 * @param {Record<string, string[]>} imports module -> named exports
 * @param {string[]} [stylesheets]
 */
export function entrySource(imports, stylesheets = []) {
  const lines = stylesheets.map((sheet) => `import ${JSON.stringify(sheet)};`);
  const used = [];
  for (const [module, names] of Object.entries(imports)) {
    lines.push(`import { ${names.join(', ')} } from ${JSON.stringify(module)};`);
    used.push(...names);
  }
  lines.push(`window.__used = [${used.join(', ')}];`);
  return lines.join('\n') + '\n';
}

const gzip = (/** @type {string | Uint8Array} */ content) => gzipSync(content, { level: 9 }).length;

/** @param {string} entry */
async function viteSize(entry) {
  const output = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    root,
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: true, cssMinify: true, rollupOptions: { input: entry, external } },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const files = /** @type {{ output: ({ code: string } | { source: string | Uint8Array })[] }} */ (result).output;
  return files.reduce((total, file) => total + gzip('code' in file ? file.code : file.source), 0);
}

/** @param {string} entry */
async function esbuildOutput(entry) {
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    outdir: join(entry, '..', 'out'),
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles;
}

/** @param {string} entry */
const esbuildSize = async (entry) =>
  (await esbuildOutput(entry)).reduce((total, file) => total + gzip(file.contents), 0);

/** @param {(dir: string) => Promise<T>} work @template T */
async function inScratchDir(work) {
  // Inside the repository, so the entries resolve the workspace packages like an app would.
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules', '.cache', 'samspill-size-'));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The minified JavaScript and CSS esbuild makes of an entry, for looking at what it holds.
 * @param {string} source
 */
export function bundleText(source) {
  return inScratchDir(async (dir) => {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, source);
    const files = await esbuildOutput(entry);
    const text = (/** @type {string} */ ext) =>
      files
        .filter((file) => file.path.endsWith(ext))
        .map((file) => file.text)
        .join('\n');
    return { js: text('.js'), css: text('.css') };
  });
}

/**
 * Gzipped bytes of each entry under Vite and esbuild.
 * @param {Record<string, string>} entries name -> source
 * @returns {Promise<Record<string, { vite: number; esbuild: number }>>}
 */
export function measureEntries(entries) {
  return inScratchDir(async (dir) => {
    /** @type {Record<string, { vite: number; esbuild: number }>} */
    const sizes = {};
    let index = 0;
    for (const [name, source] of Object.entries(entries)) {
      const entry = join(dir, `entry${index++}.js`);
      writeFileSync(entry, source);
      sizes[name] = { vite: await viteSize(entry), esbuild: await esbuildSize(entry) };
    }
    return sizes;
  });
}

/** @param {number} bytes */
export const kB = (bytes) => (bytes / 1000).toFixed(1);

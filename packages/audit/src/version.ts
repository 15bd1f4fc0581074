import { createRequire } from 'node:module';

/** This package's name and version, from its manifest (one level up from both src/ and dist/). */
export const toolInfo = (() => {
  const manifest = createRequire(import.meta.url)('../package.json') as { name: string; version: string };
  return { name: 'samspill-audit', packageName: manifest.name, version: manifest.version };
})();

// Writes dist/metadata.json for the package in the current directory (see metadata.mjs). A missing or invalid
// guidance.json fails the build, naming the file and the field.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildMetadata, MetadataError } from './metadata.mjs';

try {
  const metadata = buildMetadata(process.cwd());
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/metadata.json', `${JSON.stringify(metadata, null, 2)}\n`);
} catch (error) {
  if (!(error instanceof MetadataError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// Empties a package's dist before a build, so files of removed sources or old settings are never packed.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

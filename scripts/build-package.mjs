// Builds the package in the current directory: the TypeScript with tsconfig.build.json, as `tsc -p` does, and, when
// the package has styles, `src/styles.css` with every file it imports bundled into one static `dist/styles.css`.
// Nesting and newer syntax are lowered for the browsers Samspill supports, so the product ships the file as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bundle } from 'lightningcss';
import ts from 'typescript';

const configPath = 'tsconfig.build.json';
const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
if (error) fail([error]);
const { options, fileNames, errors } = ts.parseJsonConfigFileContent(config, ts.sys, process.cwd());
if (errors.length > 0) fail(errors);

const program = ts.createProgram(fileNames, options);
const emitted = program.emit();
const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
if (diagnostics.length > 0) fail(diagnostics);

function fail(problems) {
  const host = {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: ts.sys.getCurrentDirectory,
    getNewLine: () => ts.sys.newLine,
  };
  console.error(ts.formatDiagnosticsWithColorAndContext(problems, host));
  process.exit(1);
}

/** The oldest browsers Samspill supports (two years of evergreen releases, and Safari on iOS 15). */
const version = (major, minor = 0) => (major << 16) | (minor << 8);
export const targets = { chrome: version(109), edge: version(109), firefox: version(115), safari: version(15, 6) };

if (existsSync('src/styles.css')) {
  const { code, warnings } = bundle({ filename: 'src/styles.css', targets, minify: false, errorRecovery: false });
  if (warnings.length > 0) {
    for (const warning of warnings) console.error(`${warning.loc.filename}:${warning.loc.line}: ${warning.message}`);
    process.exit(1);
  }
  writeFileSync('dist/styles.css', code);
  // The same text for apps that cannot import CSS (`GlobalStyles`): a module, so nothing reads files at run time.
  writeFileSync(
    'dist/css-text.js',
    `export const componentsCss = ${JSON.stringify(readFileSync('dist/styles.css', 'utf8'))};\n`,
  );
  writeFileSync(
    'dist/css-text.d.ts',
    `/** The text of this package's dist/styles.css. */\nexport declare const componentsCss: string;\n`,
  );
}

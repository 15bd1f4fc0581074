// Builds the package in the current directory with tsconfig.build.json, as `tsc -p` does, and gives every styled
// component a componentId from its package, file and name. Without one, styled-components numbers components in the
// order they are created, so a server that loads the whole package and a tree-shaken client bundle give the same
// element different class names, and React reports a hydration mismatch on every styled element.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';

const packageName = JSON.parse(readFileSync('package.json', 'utf8')).name;
const configPath = 'tsconfig.build.json';
const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
if (error) fail([error]);
const { options, fileNames, errors } = ts.parseJsonConfigFileContent(config, ts.sys, process.cwd());
if (errors.length > 0) fail(errors);

const program = ts.createProgram(fileNames, options);
const emitted = program.emit(undefined, undefined, undefined, false, { before: [styledComponentIds] });
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

/** `styled.div`, `styled(Link)`, and either with `.attrs(...)`: a tag that makes a styled component. */
function isStyledTag(expression) {
  let node = expression;
  while (ts.isPropertyAccessExpression(node) || ts.isCallExpression(node)) node = node.expression;
  return ts.isIdentifier(node) && node.text === 'styled';
}

/** Adds `.withConfig({ componentId })` to each `const Name = styled...` template; the id names the component. */
function styledComponentIds(context) {
  const factory = context.factory;
  return (sourceFile) => {
    const file = relative(process.cwd(), sourceFile.fileName);
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && isStyledTag(node.tag)) {
        const declaration = node.parent;
        if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) {
          throw new Error(
            `${file}: a styled component must be assigned to a const of its own, so it gets a stable componentId.`,
          );
        }
        const name = declaration.name.text;
        const hash = createHash('sha256').update(`${packageName}/${file}#${name}`).digest('hex').slice(0, 8);
        const withConfig = factory.createCallExpression(
          factory.createPropertyAccessExpression(node.tag, 'withConfig'),
          undefined,
          [
            factory.createObjectLiteralExpression([
              factory.createPropertyAssignment('componentId', factory.createStringLiteral(`samspill-${name}-${hash}`)),
            ]),
          ],
        );
        return factory.updateTaggedTemplateExpression(node, withConfig, node.typeArguments, node.template);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit);
  };
}

// The prop convention of the contributing guide ("One word per idea"), held where a test can hold it: the exported
// prop types of every component and pattern, read with the TypeScript checker as a product team's editor reads them.
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const entries = {
  '@samspill/react': 'packages/react/src/index.ts',
  '@samspill/patterns': 'packages/patterns/src/index.ts',
};

/** Old names that may stay only as a deprecated alias (or as `never`, the other side of a union with the new name). */
const retired: Record<string, string> = {
  summary: 'a visible heading is `title`',
  heading: 'a visible heading is `title`',
  onClose: 'closing is `onOpenChange(false)`, or `onDismiss` for a notice',
  helpHref: 'where to get help is `help`',
  readMore: 'where to get help is `help`',
  contact: 'where to get help is `help`',
};

interface PropIssue {
  type: string;
  prop: string;
  problem: string;
}

function propTypesOf(program: ts.Program, entry: string): [string, ts.Type][] {
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(join(root, entry))!)!;
  return checker
    .getExportsOfModule(module)
    .filter((symbol) => symbol.name.endsWith('Props'))
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return [symbol.name, checker.getDeclaredTypeOfSymbol(target)];
    });
}

/** Every property a value of `type` can have: for a union (exactly one of two props), the props of each member. */
function propsOf(checker: ts.TypeChecker, type: ts.Type): ts.Symbol[] {
  return type.isUnion() ? type.types.flatMap((member) => propsOf(checker, member)) : checker.getPropertiesOfType(type);
}

const isDeprecated = (symbol: ts.Symbol) => symbol.getJsDocTags().some((tag) => tag.name === 'deprecated');

function conventionIssues(program: ts.Program, entry: string, headingLevel: ts.Type): PropIssue[] {
  const checker = program.getTypeChecker();
  return propTypesOf(program, entry).flatMap(([typeName, type]) =>
    propsOf(checker, type).flatMap((prop): PropIssue[] => {
      const declared = prop.declarations?.[0];
      if (!declared || declared.getSourceFile().fileName.includes('node_modules')) return [];
      const propType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(prop, declared));
      if (prop.name in retired && !isDeprecated(prop) && !(propType.flags & ts.TypeFlags.Never)) {
        return [{ type: typeName, prop: prop.name, problem: retired[prop.name]! }];
      }
      if (prop.name === 'headingLevel' && checker.typeToString(propType) !== checker.typeToString(headingLevel)) {
        return [
          { type: typeName, prop: prop.name, problem: `is ${checker.typeToString(propType)}, not HeadingLevel (1–6)` },
        ];
      }
      if (prop.name === 'headingLevel' && !(prop.flags & ts.SymbolFlags.Optional)) {
        return [{ type: typeName, prop: prop.name, problem: 'is required; it is optional everywhere, with default 2' }];
      }
      return [];
    }),
  );
}

// Props that break the convention, to show the check catches each kind; compiled alongside the real entries.
const fixture = join(root, 'test/node/prop-conventions.fixture.ts');
const fixtureSource = `
import type { HeadingLevel } from '../../packages/react/src/index.ts';
export interface GoodProps {
  title: string;
  headingLevel?: HeadingLevel;
  /** @deprecated Renamed \`title\`. */
  summary?: string;
}
export interface BadProps {
  summary: string;
  onClose: () => void;
  headingLevel?: 2 | 3;
}
export interface RequiredLevelProps {
  headingLevel: HeadingLevel;
}
export function Plain(props: { title: string }) {
  return props.title;
}
export type PlainProps = { title: string };
`;

/** The components (and patterns) an entry exports with their props type, that do not accept a `ref`. */
function componentsWithoutRef(program: ts.Program, entry: string): string[] {
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(join(root, entry))!)!);
  const names = new Set(exports.map((symbol) => symbol.name));
  return exports
    .filter((symbol) => names.has(`${symbol.name}Props`))
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      if (!(target.flags & ts.SymbolFlags.Value)) return false;
      const [signature] = checker.getTypeOfSymbol(target).getCallSignatures();
      const props = signature?.getParameters()[0];
      return !props || !checker.getTypeOfSymbol(props).getProperty('ref');
    })
    .map((symbol) => symbol.name);
}

describe('prop conventions', () => {
  let program: ts.Program;
  let headingLevel: ts.Type;

  beforeAll(() => {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    )!;
    const host = ts.createCompilerHost(config.options);
    const { getSourceFile, fileExists } = host;
    host.getSourceFile = (name, ...rest) =>
      name === fixture
        ? ts.createSourceFile(name, fixtureSource, ts.ScriptTarget.ES2022, true)
        : getSourceFile(name, ...rest);
    host.fileExists = (name) => name === fixture || fileExists(name);
    program = ts.createProgram(
      [...Object.values(entries).map((entry) => join(root, entry)), fixture],
      config.options,
      host,
    );
    const checker = program.getTypeChecker();
    const react = checker.getSymbolAtLocation(program.getSourceFile(join(root, entries['@samspill/react']))!)!;
    const exported = checker.getExportsOfModule(react).find((symbol) => symbol.name === 'HeadingLevel')!;
    headingLevel = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(exported));
  }, 60_000);

  it('exports HeadingLevel from @samspill/react as the six levels', () => {
    const levels = headingLevel.isUnion()
      ? headingLevel.types.map((level) => (level as ts.NumberLiteralType).value)
      : [];
    expect(levels.sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each(Object.entries(entries))('%s names every prop as the contributing guide says', (_, entry) => {
    expect(propTypesOf(program, entry).length).toBeGreaterThan(5);
    expect(
      conventionIssues(program, entry, headingLevel).map(({ type, prop, problem }) => `${type}.${prop}: ${problem}`),
    ).toEqual([]);
  });

  it.each(Object.entries(entries))('%s forwards the ref of every component it exports', (_, entry) => {
    expect(componentsWithoutRef(program, entry)).toEqual([]);
  });

  it('catches a retired name, a headingLevel of its own range and a required headingLevel', () => {
    expect(
      conventionIssues(program, 'test/node/prop-conventions.fixture.ts', headingLevel).map(
        ({ type, prop }) => `${type}.${prop}`,
      ),
    ).toEqual(['BadProps.summary', 'BadProps.onClose', 'BadProps.headingLevel', 'RequiredLevelProps.headingLevel']);
  });

  it('catches a component that takes no ref', () => {
    expect(componentsWithoutRef(program, 'test/node/prop-conventions.fixture.ts')).toEqual(['Plain']);
  });
});

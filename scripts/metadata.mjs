// Machine-readable metadata for each component and pattern of a package: the facts a designer reads on its guidance
// page (guidance.json) merged with what only the code knows (props with types, defaults and descriptions, story ids),
// so design tools and the overview page read one file that cannot drift from either.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { withCustomConfig } from 'react-docgen-typescript';
import { loadCsf } from 'storybook/internal/csf-tools';

const root = join(import.meta.dirname, '..');
const guidanceHelp = 'see the Guidance type in docs/blocks/guidance.ts and the outline in docs/blocks/TEMPLATE.md';
const guidanceFields = [
  'name',
  'package',
  'status',
  'summary',
  'aliases',
  'keyboard',
  'screenReader',
  'manualChecks',
  'related',
];

/** A bad or missing guidance.json, or a component the code does not document: names the file and the field. */
export class MetadataError extends Error {
  constructor(problems) {
    super(`Component metadata cannot be built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'MetadataError';
    this.problems = problems;
  }
}

/** The components of a package that have a page: each folder of `src` with `<Folder>.stories.tsx`. */
export function componentFolders(packageDir) {
  const src = join(packageDir, 'src');
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, `${entry.name}.stories.tsx`)))
    .map((entry) => entry.name)
    .sort();
}

/** The other components a component's folder exports beside it, e.g. `Tab`, `TabList` and `TabPanel` beside `Tabs`. */
export function partsOf(packageDir, name) {
  const index = join(packageDir, 'src', name, 'index.ts');
  if (!existsSync(index)) return [];
  const exported = [...readFileSync(index, 'utf8').matchAll(/export\s*\{([^}]*)\}/g)].flatMap(([, list]) =>
    list.split(','),
  );
  return exported
    .map((item) =>
      item
        .trim()
        .split(/\s+as\s+/)
        .at(-1),
    )
    .filter((item) => /^[A-Z]\w*$/.test(item) && item !== name);
}

/** Every component with a page and the parts documented on it, in every package that publishes metadata: the names `related` may point at. */
export function allComponentNames() {
  return ['react', 'patterns'].flatMap((name) => {
    const dir = join(root, 'packages', name);
    return componentFolders(dir).flatMap((folder) => [folder, ...partsOf(dir, folder)]);
  });
}

const isText = (value) => typeof value === 'string' && value.trim().length > 0;
const isTextList = (value) => Array.isArray(value) && value.every(isText);

/**
 * The problems with one guidance.json, each naming the file and the field; empty when it is valid.
 * `expected` is what the code says: the component's name, its package and the components it may relate to.
 */
export function guidanceProblems(data, file, expected) {
  const at = (field, message) => `${file}: \`${field}\` ${message} (${guidanceHelp})`;
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return [`${file}: must hold one JSON object (${guidanceHelp})`];
  const problems = [];
  for (const field of Object.keys(data)) {
    if (!guidanceFields.includes(field))
      problems.push(at(field, `is not a guidance field; the fields are ${guidanceFields.join(', ')}`));
  }
  for (const field of guidanceFields) {
    if (!(field in data)) problems.push(at(field, 'is missing'));
  }
  if ('name' in data && data.name !== expected.name)
    problems.push(
      at('name', `must be "${expected.name}", the component this folder exports (got ${JSON.stringify(data.name)})`),
    );
  if ('package' in data && data.package !== expected.package)
    problems.push(at('package', `must be "${expected.package}" (got ${JSON.stringify(data.package)})`));
  if ('status' in data && data.status !== 'stable' && data.status !== 'beta')
    problems.push(at('status', `must be "stable" or "beta" (got ${JSON.stringify(data.status)})`));
  if ('summary' in data && !(isText(data.summary) && /[.!?]$/.test(data.summary.trim())))
    problems.push(at('summary', 'must be one sentence that ends with a full stop'));
  for (const field of ['aliases', 'screenReader', 'manualChecks']) {
    if (field in data && !isTextList(data[field])) problems.push(at(field, 'must be a list of non-empty strings'));
  }
  if ('keyboard' in data) {
    if (!Array.isArray(data.keyboard))
      problems.push(
        at('keyboard', 'must be a list of { "keys": [...], "action": "..." }; empty when the component takes no focus'),
      );
    else {
      data.keyboard.forEach((row, index) => {
        if (!row || !isTextList(row.keys) || row.keys.length === 0)
          problems.push(
            at(`keyboard[${index}].keys`, 'must be a non-empty list of key names, e.g. ["Enter", "Space"]'),
          );
        if (!row || !isText(row.action)) problems.push(at(`keyboard[${index}].action`, 'must say what the keys do'));
      });
    }
  }
  if ('related' in data) {
    if (!Array.isArray(data.related)) problems.push(at('related', 'must be a list of { "name": "...", "why": "..." }'));
    else {
      data.related.forEach((item, index) => {
        if (!item || !expected.components.includes(item.name)) {
          problems.push(
            at(
              `related[${index}].name`,
              `must name a component or pattern with a page (got ${JSON.stringify(item?.name)}; known: ${expected.components.join(', ')})`,
            ),
          );
        }
        if (!item || !isText(item.why))
          problems.push(at(`related[${index}].why`, 'must say why to use it with or instead of this one'));
      });
    }
  }
  return problems;
}

/** Reads and checks a component's guidance.json; the problems name the file and the field. */
export function readGuidance(file, expected) {
  const shown = relative(root, file);
  if (!existsSync(file))
    return { problems: [`${shown} is missing: every exported component and pattern needs one (${guidanceHelp})`] };
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problems: [`${shown} is not valid JSON: ${error.message}`] };
  }
  const problems = guidanceProblems(data, shown, expected);
  return problems.length > 0 ? { problems } : { guidance: data, problems };
}

/** The stories of a component, as Storybook indexes them: id, name and tags. */
export function storiesOf(file) {
  const csf = loadCsf(readFileSync(file, 'utf8'), { fileName: file, makeTitle: (title) => title }).parse();
  const title = csf.meta.title;
  return {
    title,
    stories: csf.indexInputs.map((input) => ({ id: input.__id, name: input.name, tags: input.tags ?? [] })),
  };
}

/** `'neutral' | 'info'` for a union of literals, else the type as written. */
function typeText(type) {
  if (type.name === 'enum' && Array.isArray(type.value)) return type.value.map((item) => item.value).join(' | ');
  return type.raw ?? type.name;
}

/** The documented props of each component file: what Storybook's props table shows, without the DOM's own props. */
export function propsOf(packageDir, files) {
  const parser = withCustomConfig(resolve(packageDir, 'tsconfig.build.json'), {
    shouldExtractLiteralValuesFromEnum: true,
    shouldRemoveUndefinedFromOptional: true,
    savePropValueAsString: true,
    // Props inherited from React's DOM types are the platform's, documented elsewhere.
    propFilter: (prop) => !prop.declarations?.every((declaration) => declaration.fileName.includes('node_modules')),
  });
  const byName = new Map();
  for (const doc of parser.parse(files)) {
    byName.set(
      doc.displayName,
      Object.values(doc.props)
        .map((prop) => ({
          name: prop.name,
          type: typeText(prop.type),
          required: prop.required,
          ...(prop.defaultValue?.value !== undefined && { default: String(prop.defaultValue.value) }),
          description: prop.description,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  }
  return byName;
}

/**
 * The metadata of every component and pattern in a package directory, or a MetadataError listing every missing or
 * invalid guidance.json. `only` limits it to some components.
 */
export function buildMetadata(packageDir, { only, components = allComponentNames() } = {}) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const names = componentFolders(packageDir).filter((name) => !only || only.includes(name));
  const problems = [];
  const found = names.map((name) => ({
    name,
    ...readGuidance(join(packageDir, 'src', name, 'guidance.json'), { name, package: manifest.name, components }),
  }));
  for (const item of found) problems.push(...item.problems);
  // Reading the props compiles the package: not worth it before the guidance is right.
  if (problems.length > 0) throw new MetadataError(problems);
  const files = names.flatMap((name) =>
    readdirSync(join(packageDir, 'src', name))
      .filter((file) => file.endsWith('.tsx') && !/\.(stories|test)\.tsx$/.test(file))
      .map((file) => join(packageDir, 'src', name, file)),
  );
  const props = propsOf(packageDir, files);
  for (const name of names) {
    if (!props.has(name))
      problems.push(
        `${relative(root, join(packageDir, 'src', name, `${name}.tsx`))}: no documented component named ${name} (export it with forwardRef or as a function component)`,
      );
  }
  if (problems.length > 0) throw new MetadataError(problems);
  return {
    package: manifest.name,
    version: manifest.version,
    components: found.map(({ name, guidance }) => {
      const { title, stories } = storiesOf(join(packageDir, 'src', name, `${name}.stories.tsx`));
      const { name: _, package: __, ...facts } = guidance;
      return {
        name,
        package: manifest.name,
        status: facts.status,
        summary: facts.summary,
        aliases: facts.aliases,
        docs: `${stories[0]?.id.split('--')[0] ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}--docs`,
        stories,
        props: props.get(name),
        parts: partsOf(packageDir, name)
          .filter((part) => props.has(part))
          .map((part) => ({ name: part, props: props.get(part) })),
        keyboard: facts.keyboard,
        screenReader: facts.screenReader,
        manualChecks: facts.manualChecks,
        related: facts.related,
      };
    }),
  };
}

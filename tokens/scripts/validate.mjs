// Checks DTCG token sources before Style Dictionary sees them, so every mistake is reported with the token's
// path and the file it is in, and all of them at once.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const REFERENCE = /\{([^{}]+)\}/g;
const FONT_WEIGHT_KEYWORDS = new Set([
  'thin',
  'hairline',
  'extra-light',
  'ultra-light',
  'light',
  'normal',
  'regular',
  'book',
  'medium',
  'semi-bold',
  'demi-bold',
  'bold',
  'extra-bold',
  'ultra-bold',
  'black',
  'heavy',
  'extra-black',
  'ultra-black',
]);

const isColor = (v) =>
  typeof v === 'string' &&
  (/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v) || /^(rgb|rgba|hsl|hsla)\([^)]*\)$/i.test(v));
const isDimension = (v) => typeof v === 'string' && /^-?\d+(\.\d+)?(px|rem)$/.test(v);

/** @type {Record<string, (value: unknown) => string | undefined>} each returns what is wrong, or undefined */
const TYPE_CHECKS = {
  color: (v) => (isColor(v) ? undefined : 'is not a colour (use #rrggbb, #rrggbbaa or rgb())'),
  dimension: (v) =>
    isDimension(v) ? undefined : 'is not a dimension (use a number with px or rem, e.g. "16px" or "1rem")',
  duration: (v) =>
    typeof v === 'string' && /^\d+(\.\d+)?ms$/.test(v)
      ? undefined
      : 'is not a duration (use milliseconds, e.g. "200ms")',
  number: (v) => (typeof v === 'number' && Number.isFinite(v) ? undefined : 'is not a number'),
  fontWeight: (v) =>
    (typeof v === 'number' && v >= 1 && v <= 1000) || FONT_WEIGHT_KEYWORDS.has(/** @type {string} */ (v))
      ? undefined
      : 'is not a font weight (use 1 to 1000 or a keyword such as "bold")',
  fontFamily: (v) =>
    (typeof v === 'string' && v.trim() !== '') ||
    (Array.isArray(v) && v.length > 0 && v.every((f) => typeof f === 'string' && f.trim() !== ''))
      ? undefined
      : 'is not a font family (use a name or a list of names)',
  cubicBezier: (v) =>
    Array.isArray(v) &&
    v.length === 4 &&
    v.every((n) => typeof n === 'number') &&
    v[0] >= 0 &&
    v[0] <= 1 &&
    v[2] >= 0 &&
    v[2] <= 1
      ? undefined
      : 'is not a cubic Bézier curve (use [x1, y1, x2, y2] with x1 and x2 from 0 to 1)',
  shadow: (v) => {
    const layers = Array.isArray(v) ? v : [v];
    for (const layer of layers) {
      if (typeof layer !== 'object' || layer === null)
        return 'is not a shadow (use { color, offsetX, offsetY, blur, spread })';
      for (const key of ['color', 'offsetX', 'offsetY', 'blur', 'spread']) {
        if (!(key in layer)) return `is a shadow without "${key}"`;
      }
      if (!isColor(layer.color)) return 'is a shadow whose color is not a colour';
      for (const key of ['offsetX', 'offsetY', 'blur', 'spread']) {
        if (!isDimension(layer[key])) return `is a shadow whose ${key} is not a dimension`;
      }
    }
    return undefined;
  },
};

/**
 * @typedef {{ path: string, value: unknown, type: string | undefined, file: string }} SourceToken
 */

/**
 * Reads token files into a flat map of path -> token, recording the file of each. `overrideFile` (a brand) may
 * redefine tokens the other files define, and nothing else.
 */
export function loadTokens(files, root, overrideFile) {
  /** @type {Map<string, SourceToken>} */
  const tokens = new Map();
  const errors = [];
  for (const file of files) {
    const shown = relative(root, file);
    let json;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      errors.push(`${shown} is not valid JSON: ${error.message}`);
      continue;
    }
    const walk = (node, path, inheritedType) => {
      const type = typeof node.$type === 'string' ? node.$type : inheritedType;
      if ('$value' in node) {
        const name = path.join('.');
        const earlier = tokens.get(name);
        if (file === overrideFile) {
          if (!earlier)
            errors.push(
              `Token "${name}" in ${shown} is not a Samspill token, so a brand cannot set it (check the spelling).`,
            );
          else tokens.set(name, { path: name, value: node.$value, type: type ?? earlier.type, file: shown });
          return;
        }
        if (earlier) errors.push(`Token "${name}" in ${shown} is already defined in ${earlier.file}.`);
        tokens.set(name, { path: name, value: node.$value, type, file: shown });
        return;
      }
      for (const [key, child] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        if (typeof child !== 'object' || child === null || Array.isArray(child)) {
          errors.push(`"${[...path, key].join('.')}" in ${shown} is neither a token (no "$value") nor a group.`);
          continue;
        }
        walk(child, [...path, key], type);
      }
    };
    walk(json, [], undefined);
  }
  return { tokens, errors };
}

function referencesIn(value) {
  if (typeof value === 'string') return [...value.matchAll(REFERENCE)].map((match) => match[1]);
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(referencesIn);
  return [];
}

/** Replaces references by the values they point to (the graph must be free of cycles). */
function resolve(value, tokens) {
  if (typeof value === 'string') {
    const whole = /^\{([^{}]+)\}$/.exec(value);
    if (whole) return resolve(tokens.get(whole[1]).value, tokens);
    return value.replace(REFERENCE, (_, path) => String(resolve(tokens.get(path).value, tokens)));
  }
  if (Array.isArray(value)) return value.map((item) => resolve(item, tokens));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, tokens)]));
  }
  return value;
}

/**
 * Every problem in a set of token files, each naming the token path and the file. Empty when all is well.
 * With `brandFile` (the last of `files`), that file overrides tokens and must give every stop of the brand ramp.
 */
export function validateTokenFiles(files, root, brandFile) {
  const { tokens, errors } = loadTokens(files, root, brandFile);
  if (brandFile) {
    const shown = relative(root, brandFile);
    const missing = [...tokens.values()]
      .filter((token) => token.path.startsWith('color.palette.brand.') && token.file !== shown)
      .map((token) => token.path);
    if (missing.length > 0)
      errors.push(`The brand file ${shown} must give every stop of the brand ramp; it lacks ${missing.join(', ')}.`);
  }

  for (const token of tokens.values()) {
    if (!token.type) {
      errors.push(
        `Token "${token.path}" in ${token.file} has no "$type" (set it on the token or on a group above it).`,
      );
    } else if (!TYPE_CHECKS[token.type]) {
      errors.push(
        `Token "${token.path}" in ${token.file} has the unknown $type "${token.type}" (known: ${Object.keys(TYPE_CHECKS).join(', ')}).`,
      );
    }
    for (const target of referencesIn(token.value)) {
      if (!tokens.has(target)) {
        errors.push(`Token "${token.path}" in ${token.file} references "{${target}}", which does not exist.`);
      }
    }
  }
  if (errors.length > 0) return errors;

  // Cycles: depth-first search over references, reporting each cycle once with its full path.
  const state = new Map();
  const visit = (path, trail) => {
    if (state.get(path) === 'done') return;
    if (state.get(path) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(path)), path];
      const token = tokens.get(path);
      errors.push(`Token "${path}" in ${token.file} is part of a reference cycle: ${cycle.join(' -> ')}.`);
      return;
    }
    state.set(path, 'visiting');
    for (const target of referencesIn(tokens.get(path).value)) visit(target, [...trail, path]);
    state.set(path, 'done');
  };
  for (const path of tokens.keys()) visit(path, []);
  if (errors.length > 0) return errors;

  for (const token of tokens.values()) {
    const problem = TYPE_CHECKS[token.type](resolve(token.value, tokens));
    if (problem) {
      errors.push(
        `Token "${token.path}" in ${token.file} has the $type "${token.type}" but its value ${JSON.stringify(token.value)} ${problem}.`,
      );
    }
  }
  return errors;
}

import { describe, expect, it } from 'vitest';
import pairs from '../contrast-pairs.json';
import badFixture from './fixtures/bad-contrast.json';
import { flatThemes, themeNames } from '../dist/index.js';
import { checkContrast, contrastRatio, type ContrastPair } from '../src/lib/contrast.js';

describe('contrast ratio', () => {
  it('matches known WCAG values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('rgb(0, 0, 0)', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('refuses translucent and unreadable colours with a clear message', () => {
    expect(() => contrastRatio('#00000080', '#ffffff')).toThrow(/translucent/);
    expect(() => contrastRatio('blue-ish', '#ffffff')).toThrow(/Cannot read the colour "blue-ish"/);
  });
});

describe('every colour pair the system uses', () => {
  it.each(themeNames)('meets WCAG contrast in the %s theme (WCAG 1.4.3, 1.4.11)', (theme) => {
    const failures = checkContrast(flatThemes[theme], pairs as ContrastPair[], theme)
      .filter((result) => !result.pass)
      .map((r) => `${r.foreground} on ${r.background}: ${r.ratio.toFixed(2)}:1, needs ${r.required}:1`);
    expect(failures).toEqual([]);
  });

  it('covers text, UI parts and focus, in every feedback tone', () => {
    const kinds = new Set(pairs.map((pair) => pair.kind));
    expect(kinds).toEqual(new Set(['text', 'ui']));
    const foregrounds = pairs.map((pair) => pair.foreground);
    expect(foregrounds).toContain('color.focus.ring');
    for (const tone of ['info', 'success', 'warning', 'danger'])
      expect(foregrounds).toContain(`color.feedback.${tone}.text`);
  });

  it('fails a deliberately bad pair, so the check above can fail', () => {
    const results = checkContrast(badFixture.values, badFixture.pairs as ContrastPair[], 'fixture');
    expect(results.map((r) => [r.pass, Number(r.ratio.toFixed(2))])).toEqual([
      [false, 2.56],
      [false, 1.28],
    ]);
  });

  it('names the pair when it refers to a token that does not exist', () => {
    const pair: ContrastPair = {
      foreground: 'color.text.missing',
      background: 'color.surface.default',
      kind: 'text',
      usage: '',
    };
    expect(() => checkContrast(flatThemes.light, [pair], 'light')).toThrow(
      /"color\.text\.missing", which is not a colour token in the light theme/,
    );
  });
});

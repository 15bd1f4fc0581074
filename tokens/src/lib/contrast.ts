/** WCAG 2 contrast for token pairs. Browser-safe: used by the tests, the Storybook contrast page and the audit CLI. */

/** What a foreground is used for, which sets the minimum ratio (WCAG 1.4.3 and 1.4.11). */
export type ContrastKind = 'text' | 'large-text' | 'ui';

/** A foreground/background pair the system uses, as declared in `contrast-pairs.json`. */
export interface ContrastPair {
  foreground: string;
  background: string;
  kind: ContrastKind;
  usage: string;
}

export interface ContrastResult extends ContrastPair {
  theme: string;
  foregroundValue: string;
  backgroundValue: string;
  /** Unrounded: compare this, round only for display. */
  ratio: number;
  required: number;
  pass: boolean;
}

const REQUIRED: Record<ContrastKind, number> = { text: 4.5, 'large-text': 3, ui: 3 };

/** The minimum contrast ratio for a kind of foreground. */
export function requiredRatio(kind: ContrastKind): number {
  const required = REQUIRED[kind];
  if (required === undefined) throw new Error(`Unknown contrast kind "${String(kind)}": use text, large-text or ui.`);
  return required;
}

/** Parses #rgb, #rrggbb, #rrggbbaa and rgb()/rgba() into 0-255 channels; translucent colours are refused. */
function parseColor(color: string): [number, number, number] {
  const value = color.trim().toLowerCase();
  let channels: number[] | undefined;
  let alpha = 1;
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value);
  if (hex) {
    const digits = hex[1]!.length <= 4 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    channels = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
    if (digits.length === 8) alpha = parseInt(digits.slice(6, 8), 16) / 255;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (rgb) {
    channels = [rgb[1], rgb[2], rgb[3]].map(Number);
    if (rgb[4]) alpha = rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : Number(rgb[4]);
  }
  if (!channels || channels.some((c) => !(c >= 0 && c <= 255))) {
    throw new Error(`Cannot read the colour "${color}": use #rgb, #rrggbb or rgb().`);
  }
  if (alpha < 1) {
    throw new Error(
      `The colour "${color}" is translucent; its contrast depends on what lies beneath, so give an opaque colour.`,
    );
  }
  return channels as [number, number, number];
}

/** Relative luminance as WCAG 2 defines it (sRGB). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseColor(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Checks every pair against one theme's flat token values (`flatThemes[theme]`). */
export function checkContrast(
  values: Readonly<Record<string, string | number>>,
  pairs: readonly ContrastPair[],
  theme: string,
): ContrastResult[] {
  const valueOf = (path: string, pair: ContrastPair) => {
    const value = values[path];
    if (typeof value !== 'string') {
      throw new Error(
        `The contrast pair "${pair.foreground}" on "${pair.background}" names "${path}", which is not a colour token in the ${theme} theme.`,
      );
    }
    return value;
  };
  return pairs.map((pair) => {
    const foregroundValue = valueOf(pair.foreground, pair);
    const backgroundValue = valueOf(pair.background, pair);
    const ratio = contrastRatio(foregroundValue, backgroundValue);
    const required = requiredRatio(pair.kind);
    return { ...pair, theme, foregroundValue, backgroundValue, ratio, required, pass: ratio >= required };
  });
}

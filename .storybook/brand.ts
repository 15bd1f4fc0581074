// Samspill's brand in Storybook's own UI and on its docs pages, drawn from the tokens so the guideline and the
// product look like one company.
import { create, type ThemeVars } from 'storybook/theming';
import { flatThemes, type ThemeName } from '@samspill/tokens';

const fontBase = "'Inter Variable', 'Inter Fallback', system-ui, sans-serif";
const fontCode = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** The logo mark: two speech bubbles that overlap, the company and its customer in one conversation. */
const logo = (ink: string, accent: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="168" height="40" viewBox="0 0 168 40" role="img" aria-label="Samspill">` +
      `<path d="M4 6h20a4 4 0 0 1 4 4v12a4 4 0 0 1-4 4H13l-6 5v-5H4a4 4 0 0 1-4-4V10a4 4 0 0 1 4-4z" fill="${accent}"/>` +
      `<path d="M16 14h20a4 4 0 0 1 4 4v12a4 4 0 0 1-4 4h-3v5l-6-5H16a4 4 0 0 1-4-4V18a4 4 0 0 1 4-4z" fill="none" stroke="${ink}" stroke-width="2.5"/>` +
      `<text x="50" y="28" font-family="${fontBase.replaceAll("'", '')}" font-size="21" font-weight="700" fill="${ink}">Samspill</text>` +
      `</svg>`,
  )}`;

/** A Storybook theme (manager UI or docs pages) in the colours of one Samspill theme. */
export function storybookTheme(theme: ThemeName): ThemeVars {
  const token = (path: string) => String(flatThemes[theme][path as keyof (typeof flatThemes)[ThemeName]]);
  const base = theme === 'dark' ? 'dark' : 'light';
  return create({
    base,
    brandTitle: 'Samspill',
    brandUrl: '?path=/docs/introduction--docs',
    brandImage: logo(token('color.text.default'), token('color.action.primary.background')),
    brandTarget: '_self',
    colorPrimary: token('color.action.primary.background'),
    colorSecondary: token('color.action.primary.background'),
    appBg: token('color.surface.sunken'),
    appContentBg: token('color.surface.default'),
    appPreviewBg: token('color.surface.default'),
    appBorderColor: token('color.border.default'),
    appBorderRadius: 6,
    textColor: token('color.text.default'),
    textMutedColor: token('color.text.subtle'),
    textInverseColor: token('color.text.inverse'),
    barBg: token('color.surface.raised'),
    barTextColor: token('color.text.subtle'),
    barSelectedColor: token('color.action.primary.background'),
    inputBg: token('color.surface.default'),
    inputBorder: token('color.border.strong'),
    inputTextColor: token('color.text.default'),
    fontBase,
    fontCode,
  });
}

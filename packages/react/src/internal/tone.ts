/** The four feedback tones, as the local custom properties `--_border`, `--_surface`, `--_text` and `--_icon`. */
export const toneCss = (['info', 'success', 'warning', 'danger'] as const)
  .map(
    (tone) => `&[data-tone='${tone}'] {
    --_border: var(--samspill-color-feedback-${tone}-border);
    --_surface: var(--samspill-color-feedback-${tone}-surface);
    --_text: var(--samspill-color-feedback-${tone}-text);
    --_icon: var(--samspill-color-feedback-${tone}-icon);
  }`,
  )
  .join('\n');

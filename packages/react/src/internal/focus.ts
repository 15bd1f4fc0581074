/**
 * The focus indicator of every control: a 3 px ring 2 px outside the control, and between the two a band in the
 * page's own colour, so the ring stands out (3:1) from the page and the band (3:1) from the control itself — a blue
 * ring around a blue button, on a tinted notice, would otherwise read as a thicker border. Forced colours drop the
 * band and keep the ring.
 */
export const focusRingCss = `
  outline: var(--samspill-border-width-focus) solid var(--samspill-color-focus-ring);
  outline-offset: 2px;
  box-shadow: 0 0 0 2px var(--samspill-color-focus-ring-inner);
`;

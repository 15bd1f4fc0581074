import { keyframes, styled } from 'styled-components';
import { visuallyHiddenCss } from '../VisuallyHidden/VisuallyHidden.js';

const spin = keyframes`
  to { transform: rotate(360deg); }
`;

/**
 * One static rule set for every variant, size and state: the element carries `data-variant` and `data-size` (when
 * not the default primary and medium), `aria-busy` and `aria-disabled`, and the selectors below do the rest. The
 * label is a plain span styled from here, so a button costs one styled component.
 */
export const StyledButton = styled.button`
  --_bg: var(--samspill-color-action-primary-background);
  --_bg-hover: var(--samspill-color-action-primary-background-hover);
  --_bg-active: var(--samspill-color-action-primary-background-active);
  --_fg: var(--samspill-color-action-primary-text);
  --_border: var(--_bg);

  position: relative;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--samspill-space-2);
  min-width: var(--samspill-size-target-comfortable);
  /* As tall as a text field, so a field and its button line up in an inline form. */
  min-height: var(--samspill-size-target-comfortable);
  margin: 0;
  padding: var(--samspill-space-2) var(--samspill-space-4);
  border: var(--samspill-border-width-thin) solid var(--_border);
  border-radius: var(--samspill-radius-md);
  background-color: var(--_bg);
  color: var(--_fg);
  font: inherit;
  font-size: var(--samspill-font-size-md);
  font-weight: var(--samspill-font-weight-semibold);
  line-height: var(--samspill-font-line-height-tight);
  text-align: center;
  text-decoration: none;
  cursor: pointer;
  touch-action: manipulation;
  transition:
    background-color var(--samspill-motion-duration-fast) var(--samspill-motion-easing-standard),
    border-color var(--samspill-motion-duration-fast) var(--samspill-motion-easing-standard);

  &:hover {
    background-color: var(--_bg-hover);
  }

  &:active {
    background-color: var(--_bg-active);
  }

  /* Every control's focus indicator: a ring 2 px outside it and, between the two, a band in the page's colour
     (focus.ring-inner), so the ring stands out from the page and the band from the control itself, on any background.
     Forced colours drop the band and keep the ring. */
  &:focus-visible {
    outline: var(--samspill-border-width-focus) solid var(--samspill-color-focus-ring);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--samspill-color-focus-ring-inner);
  }

  &[data-variant='secondary'] {
    --_bg: var(--samspill-color-action-secondary-background);
    --_bg-hover: var(--samspill-color-action-secondary-background-hover);
    --_bg-active: var(--samspill-color-action-secondary-background-active);
    --_fg: var(--samspill-color-action-secondary-text);
    --_border: var(--samspill-color-action-secondary-border);
  }

  &[data-variant='tertiary'] {
    --_bg: transparent;
    --_bg-hover: var(--samspill-color-action-tertiary-background-hover);
    --_bg-active: var(--samspill-color-action-tertiary-background-hover);
    --_fg: var(--samspill-color-action-tertiary-text);
    --_border: transparent;
    /* An action, not navigation: no underline, which Samspill keeps for links; weight and padding mark it as a button. */
  }

  &[data-variant='danger'] {
    --_bg: var(--samspill-color-action-danger-background);
    --_bg-hover: var(--samspill-color-action-danger-background-hover);
    --_bg-active: var(--samspill-color-action-danger-background-active);
    --_fg: var(--samspill-color-action-danger-text);
  }

  &[data-size='small'] {
    /* Still at least 24x24 CSS px (WCAG 2.5.8). */
    min-width: var(--samspill-size-target-minimum);
    min-height: 2rem;
    padding: var(--samspill-space-1) var(--samspill-space-3);
    font-size: var(--samspill-font-size-sm);
  }

  &[data-size='large'] {
    min-height: 3rem;
    padding: var(--samspill-space-3) var(--samspill-space-6);
    font-size: var(--samspill-font-size-lg);
  }

  &[data-full-width] {
    width: 100%;
  }

  &[aria-disabled='true']:not([aria-busy='true']) {
    --_bg: var(--samspill-color-action-disabled-background);
    --_bg-hover: var(--_bg);
    --_bg-active: var(--_bg);
    --_fg: var(--samspill-color-action-disabled-text);
    --_border: var(--samspill-color-action-disabled-border);
    cursor: not-allowed;
  }

  &[aria-busy='true'] {
    cursor: progress;
  }

  /* No box of its own: the icon and label are the button's flex items, laid out as if the span were not there,
     which spares the browser a nested flex layout for every button. */
  & > [data-part='content'] {
    display: contents;
  }

  /* The label stays in the layout (and in the accessibility tree) so the width does not jump while loading: a box
     only now, because opacity needs one, and it lays its items out as the button does. */
  &[aria-busy='true'] > [data-part='content'] {
    display: inline-flex;
    align-items: center;
    gap: inherit;
    opacity: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }

  @media (forced-colors: active) {
    border: var(--samspill-border-width-thin) solid ButtonText;

    &[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }

    &:focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const IconSlot = styled.span`
  display: inline-flex;
  flex-shrink: 0;

  & > svg {
    width: 1.25em;
    height: 1.25em;
  }
`;

export const LoadingIndicator = styled.span`
  position: absolute;
  inset: 0;
  margin: auto;
  width: 1.25em;
  height: 1.25em;
  border: 0.1875em solid currentColor;
  border-inline-end-color: transparent;
  border-radius: 50%;
  animation: ${spin} 0.8s linear infinite;

  @media (prefers-reduced-motion: reduce) {
    /* A slow turn still says "working" without the motion that can make people unwell. */
    animation-duration: 3s;
  }

  @media (forced-colors: active) {
    border-color: ButtonText;
    border-inline-end-color: transparent;
  }
`;

/** The reason a button is unavailable: read with the button, shown once someone tries to use it. */
export const DisabledReason = styled.span`
  ${visuallyHiddenCss}

  &[data-revealed] {
    position: static !important;
    width: auto !important;
    height: auto !important;
    margin: 0 0 0 var(--samspill-space-2) !important;
    overflow: visible !important;
    clip-path: none !important;
    white-space: normal !important;
    color: var(--samspill-color-text-subtle);
    font-size: var(--samspill-font-size-sm);
  }
`;

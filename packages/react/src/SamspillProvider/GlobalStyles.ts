import { tokensCss } from '@samspill/tokens/css-text';
import { createGlobalStyle } from 'styled-components';

/**
 * The token custom properties for every theme plus the few base rules Samspill needs. Static: a theme switch
 * only changes the `data-samspill-theme` attribute, so no new style rule is ever generated.
 */
export const GlobalStyles = createGlobalStyle`
  ${tokensCss}

  [data-samspill-theme] {
    color: var(--samspill-color-text-default);
    background-color: var(--samspill-color-surface-default);
    font-family: var(--samspill-font-family-body);
    font-size: var(--samspill-font-size-md);
    line-height: var(--samspill-font-line-height-normal);
    color-scheme: light;
    -webkit-text-size-adjust: 100%;
  }

  [data-samspill-theme='dark'] {
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    [data-samspill-theme='auto'] {
      color-scheme: dark;
    }
  }

  [data-samspill-theme] *,
  [data-samspill-theme] *::before,
  [data-samspill-theme] *::after {
    box-sizing: border-box;
  }
`;

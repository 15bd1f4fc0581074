import { tokensCss } from '@samspill/tokens/css-text';
import { createGlobalStyle } from 'styled-components';

/**
 * For apps that cannot import CSS: renders the text of `@samspill/tokens/css/samspill.css` (every theme's tokens
 * and the base rules of a themed element) through styled-components. Render it once, inside the app. Apps that
 * link or import the stylesheet do not need it, and do not bundle it.
 */
export const GlobalStyles = createGlobalStyle`
  ${tokensCss}
`;

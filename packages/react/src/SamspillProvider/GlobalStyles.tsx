import { tokensCss } from '@samspill/tokens/css-text';
import { componentsCss } from '../css-text.js';

/**
 * For apps that cannot import or link CSS: renders the text of `@samspill/tokens/css/samspill.css` (every theme's
 * tokens and the base rules of a themed element) and of `@samspill/react/styles.css` (the components) in a `<style>`
 * element. Render it once, inside the app. Apps that link or import the stylesheets do not need it, and do not
 * bundle it.
 */
export function GlobalStyles() {
  return <style data-samspill-global="">{tokensCss + componentsCss}</style>;
}

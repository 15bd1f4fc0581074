// The patterns' stylesheet as text, for apps that cannot import or link CSS. This file serves the sources (Storybook
// and the tests, through Vite); the build replaces its output with a module that holds the bundled dist/styles.css.
import componentsCss from './styles.css?inline';

export { componentsCss };

// Server rendering as styled-components documents it, for the team's own styled components: collect their styles
// of one render, then put them in the head. Samspill's come from the static stylesheets the page links.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { App } from './app.js';

export function render() {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(createElement(App)));
    return { html, styles: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
}

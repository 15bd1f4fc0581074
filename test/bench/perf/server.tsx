// Runs in plain Node: renders each variant of the reference page to HTML with its styles (or the link to them), as a
// server sends it.
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { FloorApp, PlainApp, SamspillApp, plainCss } from './pages.tsx';

export { plainCss };

function withStyledComponents(page: () => React.ReactElement) {
  return () => {
    const sheet = new ServerStyleSheet();
    try {
      const html = renderToString(sheet.collectStyles(page()));
      return sheet.getStyleTags() + html;
    } finally {
      sheet.seal();
    }
  };
}

export const serverRenders = {
  // Samspill's styles are static stylesheets the page links: nothing to collect per render.
  samspill: () =>
    `<link rel="stylesheet" href="/samspill.css">${renderToString(<SamspillApp theme="light" count={0} />)}`,
  plain: () => `<style>${plainCss}</style>${renderToString(<PlainApp theme="light" count={0} />)}`,
  floor: withStyledComponents(() => <FloorApp theme="light" count={0} />),
};

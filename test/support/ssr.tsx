import { act, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server.browser';
import { ServerStyleSheet, StyleSheetManager } from 'styled-components';
import { vi } from 'vitest';

/**
 * Renders `page` on the server with its styles collected, hydrates that HTML in the browser as an app would, and
 * returns what React said on the console meanwhile. `hydrated` sees the live container before it is unmounted.
 */
export async function serverRenderAndHydrate(
  page: () => ReactElement,
  hydrated?: (container: HTMLElement) => void,
): Promise<{ html: string; styleTags: string; errors: unknown[][]; warnings: unknown[][] }> {
  const sheet = new ServerStyleSheet();
  let html: string;
  let styleTags: string;
  try {
    html = renderToString(sheet.collectStyles(page()));
    styleTags = sheet.getStyleTags();
  } finally {
    sheet.seal();
  }
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  // This drives React with act() itself, outside vitest-browser-react's render.
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    const root = await act(async () =>
      hydrateRoot(container, <StyleSheetManager>{page()}</StyleSheetManager>, {
        onRecoverableError: (error) => console.error(error),
      }),
    );
    hydrated?.(container);
    await act(async () => root.unmount());
    return { html, styleTags, errors: [...errors.mock.calls], warnings: [...warnings.mock.calls] };
  } finally {
    container.remove();
    errors.mockRestore();
    warnings.mockRestore();
    scope.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  }
}

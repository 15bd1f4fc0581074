import { act, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server.browser';
import { vi } from 'vitest';

/**
 * Renders `page` on the server, hydrates that HTML in the browser as an app would (the static stylesheets are
 * already on the page, see stylesheet.ts), and returns what React said on the console meanwhile. `hydrated` sees the
 * live container before it is unmounted.
 */
export async function serverRenderAndHydrate(
  page: () => ReactElement,
  hydrated?: (container: HTMLElement) => void,
): Promise<{ html: string; errors: unknown[][]; warnings: unknown[][] }> {
  const html = renderToString(page());
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
      hydrateRoot(container, page(), {
        onRecoverableError: (error) => console.error(error),
      }),
    );
    hydrated?.(container);
    await act(async () => root.unmount());
    return { html, errors: [...errors.mock.calls], warnings: [...warnings.mock.calls] };
  } finally {
    container.remove();
    errors.mockRestore();
    warnings.mockRestore();
    scope.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  }
}

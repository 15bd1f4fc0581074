import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server.browser';
import { ServerStyleSheet, StyleSheetManager } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import { Button, Heading, Link, SamspillProvider, Stack, Text } from '@samspill/react';

function Page() {
  return (
    <SamspillProvider theme="dark" locale="sv">
      <Stack>
        <Heading level={1}>Din faktura</Heading>
        <Text>Fakturan förfaller den 30 november.</Text>
        <Link href="https://example.org" external>
          Konsumentverket
        </Link>
        <Button disabled disabledReason="Välj ett datum först.">
          Betala
        </Button>
        <Button loading>Skicka</Button>
      </Stack>
    </SamspillProvider>
  );
}

describe('server rendering', () => {
  it('renders with its styles collected on the server and hydrates without a warning', async () => {
    const sheet = new ServerStyleSheet();
    let html: string;
    let styleTags: string;
    try {
      html = renderToString(sheet.collectStyles(<Page />));
      styleTags = sheet.getStyleTags();
    } finally {
      sheet.seal();
    }
    expect(styleTags).toContain('--samspill-color-text-default');
    expect(html).toContain('data-samspill-theme="dark"');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);

    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const root = await act(async () =>
      hydrateRoot(
        container,
        <StyleSheetManager>
          <Page />
        </StyleSheetManager>,
        { onRecoverableError: (error) => console.error(error) },
      ),
    );
    expect(errors.mock.calls).toEqual([]);
    expect(warnings.mock.calls).toEqual([]);
    expect(container.querySelector('button[aria-busy="true"]')).not.toBeNull();

    await act(async () => root.unmount());
    container.remove();
    errors.mockRestore();
    warnings.mockRestore();
  });
});

import { describe, expect, it } from 'vitest';
import { Button, Heading, Link, SamspillProvider, Stack, Text } from '@samspill/react';
import { sv } from '@samspill/react/locales';
import { serverRenderAndHydrate } from '#test/ssr.js';

function Page() {
  return (
    <SamspillProvider theme="dark" locale="sv" strings={sv}>
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
  it('renders on the server, styled by the static stylesheet, and hydrates without a warning', async () => {
    let busy: Element | null = null;
    let background = '';
    const { html, errors, warnings } = await serverRenderAndHydrate(
      () => <Page />,
      (container) => {
        busy = container.querySelector('button[aria-busy="true"]');
        // The server's HTML is styled before any script runs: the button has the theme's colours, not the browser's.
        const button = container.querySelector('button:not([aria-busy])')!;
        background = getComputedStyle(button).backgroundColor;
      },
    );
    expect(html).toContain('data-samspill-theme="dark"');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(busy, 'the loading button is still busy after hydration').not.toBeNull();
    expect(background).not.toBe('rgb(239, 239, 239)');
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});

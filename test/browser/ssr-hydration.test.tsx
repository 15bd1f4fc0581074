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
  it('renders with its styles collected on the server and hydrates without a warning', async () => {
    let busy: Element | null = null;
    const { html, styleTags, errors, warnings } = await serverRenderAndHydrate(
      () => <Page />,
      (container) => (busy = container.querySelector('button[aria-busy="true"]')),
    );
    expect(styleTags).toContain('--samspill-color-text-default');
    expect(html).toContain('data-samspill-theme="dark"');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(busy, 'the loading button is still busy after hydration').not.toBeNull();
  });
});

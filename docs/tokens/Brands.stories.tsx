import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import '@samspill/tokens/brands/nordlys/css/light.css';
import '@samspill/tokens/brands/nordlys/css/dark.css';
import '@samspill/tokens/brands/nordlys/css/high-contrast.css';
import { Alert, Button, Heading, Link, RadioGroup, Stack, TextField, useSamspill } from '@samspill/react';

const meta = {
  title: 'Foundations/Brands',
  parameters: {
    docs: {
      description: {
        component:
          'A company brands Samspill in one token file: its ramp, typeface and radii (`tokens/brands/nordlys.json`). ' +
          "Every theme is built from it, and its colour pairs are held to the same contrast as Samspill's own. " +
          'Here the example brand Nordlys stands next to Samspill, in the theme chosen in the toolbar.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

function Sample({ brand }: { brand: string }) {
  return (
    <Stack gap={4}>
      <Heading level={2}>{brand}</Heading>
      <Stack direction="row" gap={3}>
        <Button>Send</Button>
        <Button variant="secondary">Save draft</Button>
      </Stack>
      <TextField label={`E-mail for ${brand}`} hint="We send the receipt here." />
      <RadioGroup
        legend={`Delivery from ${brand}`}
        options={[
          { value: 'post', label: 'By post' },
          { value: 'pickup', label: 'Pick up' },
        ]}
        defaultValue="post"
      />
      <Alert tone="info" title="Planned maintenance">
        Min side is closed on Sunday night. <Link href="#status">See the status page</Link>
      </Alert>
    </Stack>
  );
}

/** The same components in Samspill's brand and in the example brand Nordlys, side by side. */
export const SideBySide: Story = {
  render: function SideBySide() {
    const { theme } = useSamspill();
    return (
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: '1.5rem' }}>
        <section aria-label="Samspill" style={{ padding: '1rem' }}>
          <Sample brand="Samspill" />
        </section>
        <section
          aria-label="Nordlys"
          data-samspill-brand="nordlys"
          data-samspill-theme={theme}
          style={{ padding: '1rem' }}
        >
          <Sample brand="Nordlys" />
        </section>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = (brand: string) => within(canvas.getByRole('region', { name: brand }));
    const button = (brand: string) => getComputedStyle(region(brand).getByRole('button', { name: 'Send' }));
    const link = (brand: string) => getComputedStyle(region(brand).getByRole('link', { name: 'See the status page' }));
    // The brand reaches colour (links in every theme; high contrast keeps its black buttons), corners and type,
    // and stays inside its own region.
    await expect(link('Nordlys').color).not.toBe(link('Samspill').color);
    await expect(button('Nordlys').borderTopLeftRadius).not.toBe(button('Samspill').borderTopLeftRadius);
    await expect(button('Nordlys').fontFamily).not.toBe(button('Samspill').fontFamily);
  },
};

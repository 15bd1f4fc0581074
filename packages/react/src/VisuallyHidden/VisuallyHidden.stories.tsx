import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { ReactNode } from 'react';
import { VisuallyHidden } from './VisuallyHidden.js';

const meta = {
  title: 'Foundations/VisuallyHidden',
  component: VisuallyHidden,
  parameters: {
    docs: {
      description: {
        component:
          'Text for screen-reader users only. Use it for context sighted readers get from the layout, never to hide important information from everyone else.',
      },
    },
  },
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InALink: Story = {
  name: 'In a link',
  render: () => (
    <a href="#bill-2026-11">
      Download <VisuallyHidden>the November 2026 bill</VisuallyHidden> (PDF)
    </a>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAccessibleName('Download the November 2026 bill (PDF)');
  },
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

const rows = [
  { label: 'Address', value: 'Storgata 1, 0155 Oslo', what: 'address' },
  { label: 'Phone', value: '912 34 567', what: 'phone number' },
];
const row = {
  display: 'grid',
  gridTemplateColumns: '1fr auto',
  gap: '1rem',
  alignItems: 'end',
  paddingBlock: '0.5rem',
  borderBottom: '1px solid var(--samspill-color-border-default)',
} as const;

/** A short list of customer details, each row with a link to change it, worded by `linkText`. */
const details = (linkText: (what: string) => ReactNode) => (
  <div style={{ maxWidth: 480 }}>
    {rows.map(({ label, value, what }) => (
      <div key={label} style={row}>
        <span>
          <strong style={{ display: 'block' }}>{label}</strong>
          {value}
        </span>
        <a href={`#change-${what.replace(' ', '-')}`}>{linkText(what)}</a>
      </div>
    ))}
  </div>
);

export const DoHideWhatTheLayoutSays: Story = {
  name: 'Do: hide what the layout already says',
  tags: ['guidance'],
  render: () =>
    details((what) => (
      <>
        Change<VisuallyHidden> {what}</VisuallyHidden>
      </>
    )),
};

export const DontRepeatInSight: Story = {
  name: 'Don’t: repeat the context in sight',
  tags: ['guidance'],
  render: () => details((what) => `Change your ${what} in your customer profile`),
};

export const DoShowWhatEveryoneNeeds: Story = {
  name: 'Do: show what everyone needs',
  tags: ['guidance'],
  render: () => (
    <p style={{ margin: 0 }}>
      <strong>NOK 1 240</strong> a month. The price includes VAT and the network fee.
    </p>
  ),
};

export const DontHideWhatEveryoneNeeds: Story = {
  name: 'Don’t: hide what everyone needs',
  tags: ['guidance'],
  render: () => (
    <p style={{ margin: 0 }}>
      <strong>NOK 1 240</strong> a month.<VisuallyHidden> The price includes VAT and the network fee.</VisuallyHidden>
    </p>
  ),
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button } from '../Button/Button.js';
import { Spinner } from './Spinner.js';

const meta = { title: 'Components/Spinner', component: Spinner } satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading');
  },
};
export const WithLabel: Story = { name: 'With label', args: { label: 'Loading your bills', size: 'large' } };
export const Small: Story = { args: { size: 'small' } };

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

const bills = ['Bill for September', 'Bill for October', 'Bill for November'];

export const DoOneForTheRegion: Story = {
  name: 'Do: one spinner for what loads',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'start' }}>
      <strong>Your bills</strong>
      <Spinner label="Loading your bills" />
    </div>
  ),
};

export const DontOnePerRow: Story = {
  name: 'Don’t: a spinner in every row',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'start' }}>
      <strong>Your bills</strong>
      {bills.map((bill) => (
        <span key={bill} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          {bill} <Spinner size="small" label={`Loading ${bill.toLowerCase()}`} />
        </span>
      ))}
    </div>
  ),
};

export const DoBusyButton: Story = {
  name: 'Do: a busy button after a press',
  tags: ['guidance'],
  render: () => <Button loading>Send application</Button>,
};

export const DontSpinnerBesideButton: Story = {
  name: 'Don’t: a spinner beside a ready button',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
      <Button>Send application</Button>
      <Spinner label="Sending application" />
    </div>
  ),
};

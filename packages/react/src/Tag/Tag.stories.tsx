import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { Button } from '../Button/Button.js';
import { Tag } from './Tag.js';

const meta = { title: 'Components/Tag', component: Tag, args: { children: 'Open' } } satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Tones: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      <Tag>Draft</Tag>
      <Tag tone="info">New</Tag>
      <Tag tone="success">Paid</Tag>
      <Tag tone="warning">Due soon</Tag>
      <Tag tone="danger">Overdue</Tag>
    </div>
  ),
};
export const LongText: Story = {
  name: 'Long text',
  args: { tone: 'info', children: 'Waiting for the network company to confirm the date' },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

const bill = (name: string, tag: ReactNode) => (
  <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
    <span>{name}</span>
    {tag}
  </div>
);

export const DoStatusWord: Story = {
  name: 'Do: one or two words',
  tags: ['guidance'],
  render: () => bill('Bill for November', <Tag tone="danger">Overdue</Tag>),
};

export const DontSentence: Story = {
  name: 'Don’t: a sentence in a tag',
  tags: ['guidance'],
  render: () =>
    bill(
      'Bill for November',
      <Tag tone="danger">This bill was not paid by the due date and a reminder fee may be added</Tag>,
    ),
};

export const DoWordsSayIt: Story = {
  name: 'Do: the words say the status',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      {bill('Bill for October', <Tag tone="success">Paid</Tag>)}
      {bill('Bill for November', <Tag tone="danger">Overdue</Tag>)}
    </div>
  ),
};

export const DontColourOnly: Story = {
  name: 'Don’t: only the colour differs',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      {bill('Bill for October', <Tag tone="success">Bill</Tag>)}
      {bill('Bill for November', <Tag tone="danger">Bill</Tag>)}
    </div>
  ),
};

export const DoStatusNotAction: Story = {
  name: 'Do: a status beside the action',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <Tag tone="warning">Due soon</Tag>
      <Button size="small">Pay bill</Button>
    </div>
  ),
};

export const DontActionTag: Story = {
  name: 'Don’t: a tag that reads like an action',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <Tag tone="warning">Pay now</Tag>
    </div>
  ),
};

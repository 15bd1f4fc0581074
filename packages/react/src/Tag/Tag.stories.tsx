import type { Meta, StoryObj } from '@storybook/react-vite';
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
export const LongText: Story = { name: 'Long text', args: { tone: 'info', children: 'Waiting for the network company to confirm the date' }, decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>] };

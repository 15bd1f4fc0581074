import type { Meta, StoryObj } from '@storybook/react-vite';
import { Alert } from './Alert.js';

const meta = {
  title: 'Components/Alert',
  component: Alert,
  args: {
    tone: 'info',
    title: 'Planned maintenance on Sunday',
    children: 'The customer portal is closed from 02:00 to 04:00. You can still call us.',
  },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {};
export const Success: Story = {
  args: { tone: 'success', title: 'We saved your new address', children: 'Your next bill goes there.' },
};
export const Warning: Story = {
  args: {
    tone: 'warning',
    title: 'Your direct debit ends soon',
    children: 'Choose a new way to pay before 1 December.',
  },
};
export const Danger: Story = {
  args: {
    tone: 'danger',
    title: 'We could not send your message',
    children: 'Nothing you wrote is lost. Try again, or call us.',
  },
};
export const Dismissible: Story = { args: { dismissible: true } };
export const WithoutTitle: Story = { name: 'Without title', args: { title: undefined, urgency: 'static' } };
export const Narrow: Story = {
  args: { tone: 'warning', dismissible: true },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoSayWhatAndWhatNext: Story = {
  name: 'Do: say what happened and what to do',
  tags: ['guidance'],
  args: {
    tone: 'danger',
    urgency: 'static',
    title: 'We could not send your message',
    children: 'Nothing you wrote is lost. Try again, or call us on 800 12 345.',
  },
};

export const DontVagueError: Story = {
  name: 'Don’t: a vague, technical error',
  tags: ['guidance'],
  args: { tone: 'danger', urgency: 'static', title: 'Error', children: 'Something went wrong (code 500).' },
};

export const DoToneByMeaning: Story = {
  name: 'Do: the tone follows the meaning',
  tags: ['guidance'],
  args: { tone: 'info', urgency: 'static' },
};

export const DontDangerForNews: Story = {
  name: 'Don’t: danger for news',
  tags: ['guidance'],
  args: { tone: 'danger', urgency: 'static' },
};

export const DoOneAlert: Story = {
  name: 'Do: one alert with what matters',
  tags: ['guidance'],
  args: {
    tone: 'warning',
    urgency: 'static',
    title: 'Your direct debit ends soon',
    children: 'Choose a new way to pay before 1 December, so your next bill is paid on time.',
  },
};

export const DontStackedAlerts: Story = {
  name: 'Don’t: a pile of alerts',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      <Alert tone="info" urgency="static" title="Welcome back" />
      <Alert tone="success" urgency="static" title="You are logged in" />
      <Alert tone="warning" urgency="static" title="Your direct debit ends soon" />
      <Alert tone="info" urgency="static" title="Try our new app" />
    </div>
  ),
};

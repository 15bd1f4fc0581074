import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from './Button.js';

/** A small inline arrow for the icon stories; real products pass their own icon component. */
const ArrowIcon = () => (
  <svg viewBox="0 0 20 20" fill="currentColor" focusable="false">
    <path d="M10.3 3.3a1 1 0 0 1 1.4 0l6 6a1 1 0 0 1 0 1.4l-6 6a1 1 0 0 1-1.4-1.4L14.6 11H3a1 1 0 1 1 0-2h11.6l-4.3-4.3a1 1 0 0 1 0-1.4Z" />
  </svg>
);

const meta = {
  title: 'Components/Button',
  component: Button,
  args: { children: 'Send request' },
  parameters: {
    docs: {
      description: {
        component:
          'Buttons start actions. Use one `primary` button per view for the main action, `secondary` for the ' +
          'alternatives, `tertiary` for low-emphasis actions and `danger` for actions that delete or cancel ' +
          'something. A disabled button stays focusable and can say why it is unavailable.',
      },
    },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {};

export const Secondary: Story = { args: { variant: 'secondary', children: 'Save draft' } };

export const Tertiary: Story = { args: { variant: 'tertiary', children: 'Cancel' } };

export const Danger: Story = { args: { variant: 'danger', children: 'Delete account' } };

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <Button {...args} size="small">
        Small
      </Button>
      <Button {...args} size="medium">
        Medium
      </Button>
      <Button {...args} size="large">
        Large
      </Button>
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const button of within(canvasElement).getAllByRole('button')) {
      const { width, height } = button.getBoundingClientRect();
      await expect(Math.min(width, height)).toBeGreaterThanOrEqual(24);
    }
  },
};

export const WithIcon: Story = {
  name: 'With icon',
  render: (args) => (
    <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
      <Button {...args} icon={<ArrowIcon />}>
        Continue
      </Button>
      <Button {...args} variant="secondary" icon={<ArrowIcon />} iconPosition="end">
        Next step
      </Button>
    </div>
  ),
  play: async ({ canvasElement }) => {
    // The icon is decoration: the name is the label alone.
    await expect(within(canvasElement).getByRole('button', { name: 'Continue' })).toBeVisible();
  },
};

export const Loading: Story = {
  args: { loading: true, children: 'Send request' },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Send request' });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

export const Disabled: Story = {
  args: {
    disabled: true,
    disabledReason: 'Choose a delivery time first.',
    children: 'Confirm order',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Confirm order' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await expect(button).toHaveAccessibleDescription('Not available: Choose a delivery time first.');
    await userEvent.click(button);
    // The reason is the button's own description; the live region says it too, so look it up by id.
    const reason = canvasElement.ownerDocument.getElementById(button.getAttribute('aria-describedby') ?? '');
    await expect(reason).toHaveTextContent('Not available: Choose a delivery time first.');
    await waitFor(() => expect(reason).toBeVisible());
  },
};

export const Focus: Story = {
  // Docs pages run a play function only when asked: this one is the whole point of the story.
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button');
    // Focus this story's own control: on a docs page a Tab lands in a story above it, and the page must not scroll.
    button.focus({ preventScroll: true });
    await expect(button).toHaveFocus();
    await expect(button.matches(':focus-visible')).toBe(true);
    await expect(getComputedStyle(button).outlineStyle).toBe('solid');
  },
};

export const LongLabel: Story = {
  name: 'Long label',
  args: {
    children: 'Send the request for a callback about your electricity contract',
    fullWidth: true,
  },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoSpecificLabel: Story = {
  name: 'Do: say what happens',
  tags: ['guidance'],
  render: () => <Button>Send application</Button>,
};

export const DontVagueLabel: Story = {
  name: 'Don’t: a vague label',
  tags: ['guidance'],
  render: () => <Button>Click here</Button>,
};

export const DoOnePrimary: Story = {
  name: 'Do: one primary action',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
      <Button>Pay invoice</Button>
      <Button variant="secondary">Save for later</Button>
    </div>
  ),
};

export const DontManyPrimaries: Story = {
  name: 'Don’t: several primary actions',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
      <Button>Pay invoice</Button>
      <Button>Save for later</Button>
      <Button>Download PDF</Button>
    </div>
  ),
};

export const DoShortLabel: Story = {
  name: 'Do: a short label',
  tags: ['guidance'],
  render: () => <Button>Change address</Button>,
};

export const DontSentenceLabel: Story = {
  name: 'Don’t: a sentence as a label',
  tags: ['guidance'],
  render: () => <Button>If you have moved, click here to change the address we send letters to</Button>,
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { ReactNode } from 'react';
import { Link } from '../Link/Link.js';
import { SkipLink } from './SkipLink.js';

const meta = {
  title: 'Foundations/SkipLink',
  component: SkipLink,
  parameters: {
    docs: {
      description: { component: 'Put a SkipLink first in the page. It appears when it receives keyboard focus.' },
    },
  },
  render: (args) => (
    <>
      <SkipLink {...args} targetId="story-main" />
      <nav aria-label="Site">
        <a href="#story-main">Home</a>
      </nav>
      <main id="story-main">
        <h1>Main content</h1>
      </main>
    </>
  ),
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Focus: Story = {
  // Docs pages run a play function only when asked: this one is the whole point of the story.
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Skip to main content' });
    // Focus this story's own control: on a docs page a Tab lands in a story above it, and the page must not scroll.
    link.focus({ preventScroll: true });
    await expect(link).toHaveFocus();
    await expect(link.matches(':focus-visible')).toBe(true);
    await expect(link.getBoundingClientRect().width).toBeGreaterThan(24);
  },
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.
// A skip link shows only on focus, so each example sketches the page and marks where the link lands.

const landing = {
  outline: '3px dashed var(--samspill-color-focus-ring)',
  outlineOffset: 4,
  padding: '0.5rem',
} as const;
const landsHere = <small style={{ display: 'block', fontWeight: 700 }}>The skip link lands here</small>;
const header = (
  <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', paddingBlock: '0.5rem' }}>
    <strong>Nordlys Energi</strong>
    <Link href="#prices">Prices</Link>
    <Link href="#help">Help</Link>
    <Link href="#login">Log in</Link>
  </div>
);
const intro = (
  <>
    <h1 style={{ margin: 0, fontSize: '1.5rem' }}>Move your electricity</h1>
    <p style={{ margin: 0 }}>Tell us your new address and the date you move. It takes two minutes.</p>
  </>
);
const breadcrumbs = (
  <nav aria-label="You are here">
    <Link href="#home">Home</Link> / <Link href="#moving">Moving</Link>
  </nav>
);
const form = <p style={{ margin: 0 }}>[The form: new address, moving date]</p>;
const sketch = (target: string, children: ReactNode) => (
  <div style={{ display: 'grid', gap: '1rem', padding: '0.5rem' }}>
    <SkipLink targetId={target} />
    {children}
  </div>
);

export const DoLandOnMain: Story = {
  name: 'Do: land on the main content',
  tags: ['guidance'],
  render: () =>
    sketch(
      'guidance-main-do',
      <>
        {header}
        <div id="guidance-main-do" style={{ ...landing, display: 'grid', gap: '0.5rem' }}>
          {landsHere}
          {intro}
          {form}
        </div>
      </>,
    ),
};

export const DontLandOnPage: Story = {
  name: 'Don’t: land on the whole page',
  tags: ['guidance'],
  render: () =>
    sketch(
      'guidance-main-dont',
      <div id="guidance-main-dont" style={{ ...landing, display: 'grid', gap: '0.5rem' }}>
        {landsHere}
        {header}
        {intro}
        {form}
      </div>,
    ),
};

export const DoLandOnHeading: Story = {
  name: 'Do: land on the heading, past the breadcrumbs',
  tags: ['guidance'],
  render: () =>
    sketch(
      'guidance-heading-do',
      <>
        {header}
        {breadcrumbs}
        <div id="guidance-heading-do" style={{ ...landing, display: 'grid', gap: '0.5rem' }}>
          {landsHere}
          {intro}
          {form}
        </div>
      </>,
    ),
};

export const DontLandPastHeading: Story = {
  name: 'Don’t: land past the heading',
  tags: ['guidance'],
  render: () =>
    sketch(
      'guidance-heading-dont',
      <>
        {header}
        {breadcrumbs}
        {intro}
        <div id="guidance-heading-dont" style={{ ...landing, display: 'grid', gap: '0.5rem' }}>
          {landsHere}
          {form}
        </div>
      </>,
    ),
};

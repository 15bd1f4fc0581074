import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Link } from '@samspill/react';
import { exampleNotices } from './examples.js';
import { LegalNotice } from './LegalNotice.js';

const askUs: Record<string, string> = {
  en: 'Ask customer service',
  nb: 'Spør kundeservice',
  nn: 'Spør kundeservice',
  sv: 'Fråga kundservice',
  fi: 'Kysy asiakaspalvelulta',
  uk: 'Запитайте службу підтримки',
};

const meta = {
  title: 'Patterns/LegalNotice',
  component: LegalNotice,
  parameters: {
    docs: {
      description: {
        component:
          'A legal notice that leads with what it means for the customer: "In short", the key points and what changed, ' +
          'with the full legal text one step away (always complete when printed) and where to ask. In development the ' +
          "summary is scored with `@samspill/plain-language`, and sentences above the locale's LIX threshold are named " +
          'in a console warning.',
      },
    },
  },
  args: { notice: exampleNotices.privacy.en, headingLevel: 2 },
  render: (args, { globals }) => (
    <LegalNotice {...args} help={<Link href="#contact">{askUs[String(globals.locale)] ?? askUs.en}</Link>} />
  ),
} satisfies Meta<typeof LegalNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = (kind: keyof typeof exampleNotices, locale: keyof typeof exampleNotices.privacy): Story => ({
  args: { notice: exampleNotices[kind][locale] },
  globals: { locale },
});

export const Privacy: Story = story('privacy', 'en');
export const PrivacyNb: Story = { ...story('privacy', 'nb'), tags: ['test-case'] };
export const PrivacyNn: Story = { ...story('privacy', 'nn'), tags: ['test-case'] };
export const PrivacySv: Story = { ...story('privacy', 'sv'), tags: ['test-case'] };
export const PrivacyFi: Story = { ...story('privacy', 'fi'), tags: ['test-case'] };
export const PrivacyUk: Story = { ...story('privacy', 'uk'), tags: ['test-case'] };
export const Terms: Story = story('terms', 'en');
export const TermsNb: Story = { ...story('terms', 'nb'), tags: ['test-case'] };
export const TermsNn: Story = { ...story('terms', 'nn'), tags: ['test-case'] };
export const TermsSv: Story = { ...story('terms', 'sv'), tags: ['test-case'] };
export const TermsFi: Story = { ...story('terms', 'fi'), tags: ['test-case'] };
export const TermsUk: Story = { ...story('terms', 'uk'), tags: ['test-case'] };
export const Cookies: Story = story('cookies', 'en');
export const CookiesNb: Story = { ...story('cookies', 'nb'), tags: ['test-case'] };
export const CookiesNn: Story = { ...story('cookies', 'nn'), tags: ['test-case'] };
export const CookiesSv: Story = { ...story('cookies', 'sv'), tags: ['test-case'] };
export const CookiesFi: Story = { ...story('cookies', 'fi'), tags: ['test-case'] };
export const CookiesUk: Story = { ...story('cookies', 'uk'), tags: ['test-case'] };

/** The full text opens from the keyboard, and the outline follows `headingLevel`. */
export const FullTextOpened: Story = {
  name: 'Full text opened',
  args: { notice: exampleNotices.privacy.en, headingLevel: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3, name: 'Privacy notice' })).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 4, name: 'In short' })).toBeVisible();
    const trigger = canvas.getByRole('button', { name: 'Read the full text' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('heading', { level: 5, name: '1. Controller' })).toBeVisible();
  },
};

export const Narrow: Story = {
  args: { notice: exampleNotices.terms.en },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

const privacy = exampleNotices.privacy.en;
// Short notices, so each example shows the part it is about.
const short = { ...privacy, keyPoints: undefined, changes: undefined };

export const DoMeaningFirst: Story = {
  name: 'Do: what it means for the customer',
  tags: ['guidance'],
  args: { notice: short },
};

export const DontAboutTheDocument: Story = {
  name: 'Don’t: a summary about the document',
  tags: ['guidance'],
  args: { notice: { ...short, summary: 'We update this notice from time to time. Read it carefully.' } },
};

export const DoPlainChanges: Story = {
  name: 'Do: plain changes',
  tags: ['guidance'],
  args: { notice: { ...short, changes: privacy.changes } },
};

export const DontSectionNumbers: Story = {
  name: 'Don’t: changed section numbers',
  tags: ['guidance'],
  args: { notice: { ...short, changes: ['Sections 4.2 and 7.1 have been updated.', 'Appendix B has been replaced.'] } },
};

export const DoWhereToAsk: Story = {
  name: 'Do: where to ask',
  tags: ['guidance'],
  args: { notice: short },
};

export const DontNowhereToAsk: Story = {
  name: 'Don’t: nowhere to ask',
  tags: ['guidance'],
  render: (args) => <LegalNotice {...args} />,
  args: { notice: short },
};

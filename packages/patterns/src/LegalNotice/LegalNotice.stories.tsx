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
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A legal notice that leads with what it means for the customer: "In short", the key points and what changed, ' +
          'with the full legal text one step away (always complete when printed) and where to ask. In development the ' +
          'summary is scored with `@samspill/plain-language`, and sentences above the locale\'s LIX threshold are named ' +
          'in a console warning.',
      },
    },
  },
  args: { notice: exampleNotices.privacy.en, headingLevel: 2 },
  render: (args, { globals }) => (
    <LegalNotice {...args} contact={<Link href="#contact">{askUs[String(globals.locale)] ?? askUs.en}</Link>} />
  ),
} satisfies Meta<typeof LegalNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = (kind: keyof typeof exampleNotices, locale: keyof typeof exampleNotices.privacy): Story => ({
  name: `${exampleNotices[kind][locale].title} (${locale})`,
  args: { notice: exampleNotices[kind][locale] },
  globals: { locale },
});

export const PrivacyEn = story('privacy', 'en');
export const PrivacyNb = story('privacy', 'nb');
export const PrivacyNn = story('privacy', 'nn');
export const PrivacySv = story('privacy', 'sv');
export const PrivacyFi = story('privacy', 'fi');
export const PrivacyUk = story('privacy', 'uk');
export const TermsEn = story('terms', 'en');
export const TermsNb = story('terms', 'nb');
export const TermsNn = story('terms', 'nn');
export const TermsSv = story('terms', 'sv');
export const TermsFi = story('terms', 'fi');
export const TermsUk = story('terms', 'uk');
export const CookiesEn = story('cookies', 'en');
export const CookiesNb = story('cookies', 'nb');
export const CookiesNn = story('cookies', 'nn');
export const CookiesSv = story('cookies', 'sv');
export const CookiesFi = story('cookies', 'fi');
export const CookiesUk = story('cookies', 'uk');

/** The full text opens from the keyboard, and the outline follows `headingLevel`. */
export const FullTextOpened: Story = {
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

export const NarrowWidth: Story = {
  args: { notice: exampleNotices.terms.en },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

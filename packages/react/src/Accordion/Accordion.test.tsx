import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Accordion, AccordionItem } from './Accordion.js';

const faq = (allowMultiple = true) =>
  withProvider(
    <Accordion headingLevel={3} allowMultiple={allowMultiple}>
      <AccordionItem heading="How do I move?">Tell us four weeks before.</AccordionItem>
      <AccordionItem heading="How do I pay?">By direct debit.</AccordionItem>
    </Accordion>,
  );

describe('Accordion', () => {
  it('opens and closes a section with Enter and Space from its heading button', async () => {
    const screen = await render(faq());
    const move = screen.getByRole('button', { name: 'How do I move?' });
    await expect.element(screen.getByRole('heading', { level: 3, name: 'How do I move?' })).toBeInTheDocument();
    await expect.element(move).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.element(move).toHaveAttribute('aria-expanded', 'true');
    await expect.element(screen.getByRole('region', { name: 'How do I move?' })).toHaveTextContent('Tell us four weeks before.');
    await userEvent.keyboard(' ');
    await expect.element(move).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the others when only one section may be open', async () => {
    const screen = await render(faq(false));
    await userEvent.keyboard('{Tab}{Enter}{Tab}{Enter}');
    await expect.element(screen.getByRole('button', { name: 'How do I pay?' })).toHaveAttribute('aria-expanded', 'true');
    await expect.element(screen.getByRole('button', { name: 'How do I move?' })).toHaveAttribute('aria-expanded', 'false');
  });
});

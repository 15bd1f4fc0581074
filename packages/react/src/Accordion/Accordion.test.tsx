import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Accordion, AccordionItem } from './Accordion.js';

const faq = (allowMultiple = true) =>
  withProvider(
    <Accordion headingLevel={3} allowMultiple={allowMultiple}>
      <AccordionItem title="How do I move?">Tell us four weeks before.</AccordionItem>
      <AccordionItem title="How do I pay?">By direct debit.</AccordionItem>
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
    await expect
      .element(screen.getByRole('region', { name: 'How do I move?' }))
      .toHaveTextContent('Tell us four weeks before.');
    await userEvent.keyboard(' ');
    await expect.element(move).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the others when only one section may be open', async () => {
    const screen = await render(faq(false));
    await userEvent.keyboard('{Tab}{Enter}{Tab}{Enter}');
    await expect
      .element(screen.getByRole('button', { name: 'How do I pay?' }))
      .toHaveAttribute('aria-expanded', 'true');
    await expect
      .element(screen.getByRole('button', { name: 'How do I move?' }))
      .toHaveAttribute('aria-expanded', 'false');
  });

  it('puts the item headings at level 2 when no level is given', async () => {
    const screen = await render(
      withProvider(
        <Accordion>
          <AccordionItem title="How do I move?">Tell us.</AccordionItem>
        </Accordion>,
      ),
    );
    await expect.element(screen.getByRole('heading', { level: 2, name: 'How do I move?' })).toBeInTheDocument();
  });

  it('opens the items in `open` and leaves every change to the owner when controlled', async () => {
    const onOpenChange = vi.fn();
    function Owned() {
      const [open, setOpen] = useState(['pay']);
      return (
        <>
          <Accordion
            open={open}
            onOpenChange={(next) => {
              onOpenChange(next);
              setOpen(next);
            }}
          >
            <AccordionItem value="move" title="How do I move?">
              Tell us four weeks before.
            </AccordionItem>
            <AccordionItem value="pay" title="How do I pay?">
              By direct debit.
            </AccordionItem>
          </Accordion>
          <button type="button" onClick={() => setOpen([])}>
            Close all
          </button>
        </>
      );
    }
    const screen = await render(withProvider(<Owned />));
    const move = screen.getByRole('button', { name: 'How do I move?' });
    const pay = screen.getByRole('button', { name: 'How do I pay?' });
    await expect.element(pay).toHaveAttribute('aria-expanded', 'true');
    await move.click();
    expect(onOpenChange).toHaveBeenLastCalledWith(['pay', 'move']);
    await expect.element(move).toHaveAttribute('aria-expanded', 'true');
    await screen.getByRole('button', { name: 'Close all' }).click();
    await expect.element(move).toHaveAttribute('aria-expanded', 'false');
    await expect.element(pay).toHaveAttribute('aria-expanded', 'false');
  });

  it('stays as `open` says when the owner does not change it', async () => {
    const onOpenChange = vi.fn();
    const screen = await render(
      withProvider(
        <Accordion open={[]} onOpenChange={onOpenChange}>
          <AccordionItem value="move" title="How do I move?">
            Tell us four weeks before.
          </AccordionItem>
        </Accordion>,
      ),
    );
    const move = screen.getByRole('button', { name: 'How do I move?' });
    await move.click();
    expect(onOpenChange).toHaveBeenCalledWith(['move']);
    await expect.element(move).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps its own state from `defaultOpen` when uncontrolled, and tells `onOpenChange`', async () => {
    const onOpenChange = vi.fn();
    const screen = await render(
      withProvider(
        <Accordion defaultOpen={['move']} onOpenChange={onOpenChange}>
          <AccordionItem value="move" title="How do I move?">
            Tell us four weeks before.
          </AccordionItem>
          <AccordionItem value="pay" title="How do I pay?">
            By direct debit.
          </AccordionItem>
        </Accordion>,
      ),
    );
    await expect.element(screen.getByRole('region', { name: 'How do I move?' })).toBeVisible();
    await screen.getByRole('button', { name: 'How do I pay?' }).click();
    await expect.element(screen.getByRole('region', { name: 'How do I pay?' })).toBeVisible();
    expect(onOpenChange).toHaveBeenLastCalledWith(['move', 'pay']);
  });

  it('still takes the old `heading` for one minor version, and warns once that it is now `title`', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const screen = await render(
      withProvider(
        <Accordion>
          <AccordionItem heading="How do I move?">Tell us four weeks before.</AccordionItem>
          <AccordionItem heading="How do I pay?">By direct debit.</AccordionItem>
        </Accordion>,
      ),
    );
    await expect.element(screen.getByRole('button', { name: 'How do I pay?' })).toBeInTheDocument();
    expect(warn.mock.calls.filter(([message]) => String(message).includes('`heading` is now `title`'))).toHaveLength(1);
    warn.mockRestore();
  });
});

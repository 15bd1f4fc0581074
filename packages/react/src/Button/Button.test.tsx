import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { recordAnnouncementsInEachTest } from '#test/announcements.js';
import { contrastOfComputed, documentRuleCount, withProvider } from '#test/provider.js';
import { SamspillProvider } from '../SamspillProvider/index.js';
import { Button } from './Button.js';

const said = recordAnnouncementsInEachTest();

describe('Button', () => {
  it('is a native button named by its label that does not submit forms unless asked to (WCAG 4.1.2)', async () => {
    const screen = await render(withProvider(<Button>Save</Button>));
    const button = screen.getByRole('button', { name: 'Save' });
    await expect.element(button).toHaveAttribute('type', 'button');
  });

  it('is reached with Tab and activated with Enter and with Space (WCAG 2.1.1)', async () => {
    const onClick = vi.fn();
    const screen = await render(withProvider(<Button onClick={onClick}>Save</Button>));
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('shows a focus indicator with at least 3:1 contrast against the page in every theme (WCAG 2.4.7, 1.4.11)', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const screen = await render(withProvider(<Button variant="secondary">Save</Button>, { theme }));
      await userEvent.keyboard('{Tab}');
      const button = screen.getByRole('button').element();
      const style = getComputedStyle(button);
      const page = getComputedStyle(button.closest('[data-samspill-theme]')!).backgroundColor;
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(contrastOfComputed(style.outlineColor, page), theme).toBeGreaterThanOrEqual(3);
      await screen.unmount();
    }
  });

  it('rings a focused primary button with a band of at least 3:1 against the button, inside a ring of at least 3:1 against the page (WCAG 2.4.7, 1.4.11)', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const screen = await render(
        withProvider(
          <div style={{ padding: 8, background: 'var(--samspill-color-feedback-info-surface)' }}>
            <Button>Send</Button>
          </div>,
          { theme },
        ),
      );
      await userEvent.keyboard('{Tab}');
      const button = screen.getByRole('button').element();
      const style = getComputedStyle(button);
      // The band fills the gap between the button and its outline, so the ring stands out on any background.
      const band = /(rgba?\([^)]*\)) 0px 0px 0px (\d+)px/.exec(style.boxShadow);
      expect(band, `${theme}: no band between the button and its focus ring`).not.toBeNull();
      expect(parseFloat(band![2]!)).toBeGreaterThanOrEqual(parseFloat(style.outlineOffset));
      expect(
        contrastOfComputed(band![1]!, style.backgroundColor),
        `${theme}: band against the button`,
      ).toBeGreaterThanOrEqual(3);
      expect(
        contrastOfComputed(style.outlineColor, band![1]!),
        `${theme}: ring against the band`,
      ).toBeGreaterThanOrEqual(3);
      await screen.unmount();
    }
  });

  it('is as tall as a text field at the medium size, so inline forms line up', async () => {
    const { TextField } = await import('../TextField/TextField.js');
    const screen = await render(
      withProvider(
        <div style={{ display: 'flex', alignItems: 'flex-end', gap: 8 }}>
          <TextField label="Postcode" />
          <Button>Find address</Button>
        </div>,
      ),
    );
    const field = screen.getByRole('textbox').element().getBoundingClientRect();
    const button = screen.getByRole('button').element().getBoundingClientRect();
    expect(button.height).toBe(field.height);
  });

  it('draws a tertiary button as an action, not as a link: no underline, heavier than link text', async () => {
    const { Link } = await import('../Link/Link.js');
    const screen = await render(
      withProvider(
        <p>
          <Link href="#prices">See prices</Link> <Button variant="tertiary">Show more</Button>
        </p>,
      ),
    );
    const link = getComputedStyle(screen.getByRole('link').element());
    const tertiary = getComputedStyle(screen.getByRole('button').element());
    expect(link.textDecorationLine).toContain('underline');
    expect(tertiary.textDecorationLine).not.toContain('underline');
    expect(Number(tertiary.fontWeight)).toBeGreaterThan(Number(link.fontWeight));
  });

  it('offers a target of at least 24 by 24 CSS pixels at the smallest size (WCAG 2.5.8)', async () => {
    const screen = await render(withProvider(<Button size="small">OK</Button>));
    const { width, height } = screen.getByRole('button').element().getBoundingClientRect();
    expect(width).toBeGreaterThanOrEqual(24);
    expect(height).toBeGreaterThanOrEqual(24);
  });

  it('keeps its icon out of the accessible name', async () => {
    const screen = await render(withProvider(<Button icon={<svg data-testid="icon" />}>Next</Button>));
    await expect.element(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument();
    await expect.element(screen.getByTestId('icon').element().parentElement!).toHaveAttribute('aria-hidden', 'true');
  });

  describe('when disabled', () => {
    it('stays focusable, ignores activation and tells why, both on focus and when used', async () => {
      const onClick = vi.fn();
      const screen = await render(
        withProvider(
          <Button disabled disabledReason="Choose a delivery time first." onClick={onClick}>
            Confirm
          </Button>,
        ),
      );
      const button = screen.getByRole('button', { name: 'Confirm' });
      await userEvent.keyboard('{Tab}');
      await expect.element(button).toHaveFocus();
      await expect.element(button).toHaveAttribute('aria-disabled', 'true');
      await expect.element(button).toHaveAccessibleDescription('Not available: Choose a delivery time first.');
      const reason = screen.getByText('Not available: Choose a delivery time first.').element();
      expect(reason.getBoundingClientRect().width, 'hidden until asked').toBeLessThanOrEqual(1);

      await userEvent.keyboard('{Enter}');
      expect(onClick).not.toHaveBeenCalled();
      await expect.poll(() => reason.getBoundingClientRect().width, { message: 'shown once asked' }).toBeGreaterThan(1);
      await expect.poll(() => said.polite).toContain('Not available: Choose a delivery time first.');
    });

    it('does not send the form it submits', async () => {
      const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
      const screen = await render(
        withProvider(
          <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
            <Button type="submit" disabled>
              Send
            </Button>
          </form>,
        ),
      );
      // force: the browser driver treats aria-disabled as disabled and would refuse to click at all.
      await screen.getByRole('button', { name: 'Send' }).click({ force: true });
      expect(onSubmit).not.toHaveBeenCalled();
    });
  });

  describe('when loading', () => {
    it('keeps its width and name, sets aria-busy, ignores clicks and announces that it is loading (WCAG 4.1.2, 4.1.3)', async () => {
      const onClick = vi.fn();
      const screen = await render(withProvider(<Button onClick={onClick}>Send request</Button>));
      const before = screen.getByRole('button').element().getBoundingClientRect().width;

      await screen.rerender(
        withProvider(
          <Button onClick={onClick} loading>
            Send request
          </Button>,
        ),
      );
      const button = screen.getByRole('button', { name: 'Send request' });
      await expect.element(button).toHaveAttribute('aria-busy', 'true');
      expect(button.element().getBoundingClientRect().width).toBe(before);
      await button.click({ force: true });
      expect(onClick).not.toHaveBeenCalled();
      await expect.poll(() => said.polite).toContain('Loading');
    });

    it('announces in the provider locale, or with the strings a team overrides', async () => {
      const norwegian = await render(withProvider(<Button>Send</Button>, { locale: 'nb' }));
      await norwegian.rerender(withProvider(<Button loading>Send</Button>, { locale: 'nb' }));
      await expect.poll(() => said.polite).toContain('Laster inn');
      await norwegian.unmount();

      const overridden = { 'button.loading': 'Skickar' };
      const swedish = await render(withProvider(<Button>Send</Button>, { locale: 'sv', strings: overridden }));
      await swedish.rerender(withProvider(<Button loading>Send</Button>, { locale: 'sv', strings: overridden }));
      await expect.poll(() => said.polite).toContain('Skickar');
    });
  });

  describe("with the reader's display preferences", () => {
    const emulate = (features: { name: string; value: string }[]) =>
      cdp().send('Emulation.setEmulatedMedia', { features });
    afterEach(() => emulate([]));

    it('drops transitions and slows the spinner when the reader asks for reduced motion', async () => {
      await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      const screen = await render(withProvider(<Button loading>Send</Button>));
      const button = screen.getByRole('button').element();
      expect(getComputedStyle(button).transitionProperty).toBe('none');
      const spinner = button.querySelector('[data-part="spinner"]')!;
      expect(parseFloat(getComputedStyle(spinner).animationDuration)).toBeGreaterThanOrEqual(2);
    });

    it('keeps a visible border and a system-coloured focus ring in forced-colours mode (WCAG 2.4.7)', async () => {
      await emulate([{ name: 'forced-colors', value: 'active' }]);
      const screen = await render(withProvider(<Button variant="tertiary">Cancel</Button>));
      await userEvent.keyboard('{Tab}');
      const style = getComputedStyle(screen.getByRole('button').element());
      // A tertiary button has no border of its own; forced colours must give it one.
      expect(style.borderTopStyle).toBe('solid');
      expect(style.borderTopColor).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.outlineStyle).toBe('solid');
    });
  });

  it('adds no style rules when the theme switches at run time', async () => {
    const page = (theme: 'light' | 'dark' | 'high-contrast') => (
      <SamspillProvider theme={theme}>
        <Button>Primary</Button>
        <Button variant="secondary">Secondary</Button>
        <Button variant="danger" loading>
          Danger
        </Button>
      </SamspillProvider>
    );
    const screen = await render(page('light'));
    const lightBackground = getComputedStyle(screen.getByRole('button', { name: 'Primary' }).element()).backgroundColor;
    const rulesBefore = documentRuleCount();
    expect(rulesBefore).toBeGreaterThan(0);

    await screen.rerender(page('dark'));
    await screen.rerender(page('high-contrast'));
    const primary = screen.getByRole('button', { name: 'Primary' }).element();

    // Polled: the background colour eases over to the new theme.
    await expect.poll(() => getComputedStyle(primary).backgroundColor).not.toBe(lightBackground);
    expect(documentRuleCount()).toBe(rulesBefore);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Tab, TabList, TabPanel, Tabs } from './Tabs.js';

const account = (activation: 'automatic' | 'manual') =>
  withProvider(
    <Tabs defaultValue="bills" activation={activation}>
      <TabList aria-label="Your account">
        <Tab value="bills">Bills</Tab>
        <Tab value="usage">Usage</Tab>
        <Tab value="contract">Contract</Tab>
      </TabList>
      <TabPanel value="bills">Your bills</TabPanel>
      <TabPanel value="usage">Your usage</TabPanel>
      <TabPanel value="contract">Your contract</TabPanel>
    </Tabs>,
  );

describe('Tabs', () => {
  it('is one Tab stop that lands on the selected tab, then moves into its panel (WCAG 2.1.1, 2.4.3)', async () => {
    const screen = await render(account('automatic'));
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('tab', { name: 'Bills' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('tabpanel', { name: 'Bills' })).toHaveFocus();
  });

  it('selects as the arrow keys move, wrapping around, with Home and End, when activation is automatic (WCAG 2.1.1)', async () => {
    const screen = await render(account('automatic'));
    await userEvent.keyboard('{Tab}{ArrowRight}');
    await expect.element(screen.getByRole('tab', { name: 'Usage' })).toHaveFocus();
    await expect.element(screen.getByRole('tab', { name: 'Usage' })).toHaveAttribute('aria-selected', 'true');
    await expect.element(screen.getByRole('tabpanel')).toHaveTextContent('Your usage');
    await userEvent.keyboard('{End}');
    await expect.element(screen.getByRole('tab', { name: 'Contract' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(screen.getByRole('tab', { name: 'Bills' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{Home}');
    await expect.element(screen.getByRole('tab', { name: 'Bills' })).toHaveAttribute('aria-selected', 'true');
  });

  it('moves focus without selecting until Enter or Space, when activation is manual (WCAG 2.1.1)', async () => {
    const screen = await render(account('manual'));
    await userEvent.keyboard('{Tab}{ArrowRight}');
    await expect.element(screen.getByRole('tab', { name: 'Usage' })).toHaveFocus();
    await expect.element(screen.getByRole('tab', { name: 'Bills' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('tab', { name: 'Usage' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight} ');
    await expect.element(screen.getByRole('tabpanel')).toHaveTextContent('Your contract');
  });

  it('refuses two tabs with the same value with one clear message', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(
      render(
        withProvider(
          <Tabs defaultValue="a">
            <TabList aria-label="Broken">
              <Tab value="a">A</Tab>
              <Tab value="a">Also A</Tab>
            </TabList>
          </Tabs>,
        ),
      ),
    ).rejects.toThrow('Tabs: has two tabs with the value "a".');
    error.mockRestore();
  });

  it('keeps the tabs in one row on a 320 px phone, the selected bar on the divider, scrolling the selected tab into view (WCAG 1.4.10)', async () => {
    const screen = await render(
      withProvider(
        <div style={{ width: 288 }}>
          <Tabs defaultValue="bills">
            <TabList aria-label="Your account">
              <Tab value="bills">Bills</Tab>
              <Tab value="usage">Usage</Tab>
              <Tab value="contract">Contract and prices</Tab>
              <Tab value="moving">Moving house</Tab>
            </TabList>
            <TabPanel value="bills">Your bills</TabPanel>
            <TabPanel value="usage">Your usage</TabPanel>
            <TabPanel value="contract">Your contract</TabPanel>
            <TabPanel value="moving">Moving</TabPanel>
          </Tabs>
        </div>,
      ),
    );
    const list = screen.getByRole('tablist').element();
    // The divider is the list's lower edge, inside any border and above any scrollbar.
    const divider = list.getBoundingClientRect().top + list.clientTop + list.clientHeight;
    const tabs = screen.getByRole('tab').elements();
    for (const tab of tabs)
      expect(
        Math.abs(tab.getBoundingClientRect().bottom - divider),
        `${tab.textContent} ends on the divider`,
      ).toBeLessThanOrEqual(1);
    await userEvent.keyboard('{Tab}{End}');
    const moving = screen.getByRole('tab', { name: 'Moving house' }).element();
    // The last tab is scrolled into view when selected.
    await expect
      .poll(() => moving.getBoundingClientRect().right - list.getBoundingClientRect().right)
      .toBeLessThanOrEqual(1);
  });
});

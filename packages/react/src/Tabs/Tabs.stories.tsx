import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from '../Heading/Heading.js';
import { Tab, TabList, TabPanel, Tabs } from './Tabs.js';

const meta = {
  title: 'Components/Tabs',
  component: Tabs,
  args: { defaultValue: 'bills', activation: 'automatic' },
  render: (args) => (
    <Tabs {...args}>
      <TabList aria-label="Your account">
        <Tab value="bills">Bills</Tab>
        <Tab value="usage">Usage</Tab>
        <Tab value="contract">Contract and prices</Tab>
      </TabList>
      <TabPanel value="bills">Your next bill is due on 30 November.</TabPanel>
      <TabPanel value="usage">You used 312 kWh in October.</TabPanel>
      <TabPanel value="contract">You have a variable price contract.</TabPanel>
    </Tabs>
  ),
} satisfies Meta<typeof Tabs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Automatic: Story = {};
export const Manual: Story = { args: { activation: 'manual' } };
export const Narrow: Story = { decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>] };

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

/** Tabs from [value, label, panel] entries, the first one selected. */
const tabsOf = (name: string, entries: [string, string, string][]) => (
  <Tabs defaultValue={entries[0]![0]}>
    <TabList aria-label={name}>
      {entries.map(([value, label]) => (
        <Tab key={value} value={value}>
          {label}
        </Tab>
      ))}
    </TabList>
    {entries.map(([value, , panel]) => (
      <TabPanel key={value} value={value}>
        {panel}
      </TabPanel>
    ))}
  </Tabs>
);

export const DoShortLabels: Story = {
  name: 'Do: short labels that fit',
  tags: ['guidance'],
  render: () =>
    tabsOf('Your account', [
      ['bills', 'Bills', 'Your next bill is due on 30 November.'],
      ['usage', 'Usage', 'You used 312 kWh in October.'],
      ['contract', 'Contract', 'You have a variable price contract.'],
    ]),
};

export const DontLongLabels: Story = {
  name: 'Don’t: long labels and many tabs',
  tags: ['guidance'],
  render: () =>
    tabsOf('Your account', [
      ['bills', 'Your bills and payments', 'Your next bill is due on 30 November.'],
      ['usage', 'Electricity usage this year', 'You used 312 kWh in October.'],
      ['contract', 'Contract, prices and terms', 'You have a variable price contract.'],
      ['moving', 'Moving to a new address', 'Tell us your new address.'],
      ['help', 'Help and contact information', 'Call us on 800 12 345.'],
    ]),
};

export const DoStepsInOrder: Story = {
  name: 'Do: steps one after another',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      <Heading level={2} size="small">
        Step 1 of 3: Your new address
      </Heading>
      <p style={{ margin: 0 }}>[The address fields, then a button to go on to the moving date]</p>
    </div>
  ),
};

export const DontStepsAsTabs: Story = {
  name: 'Don’t: steps of a form as tabs',
  tags: ['guidance'],
  render: () =>
    tabsOf('Moving', [
      ['address', '1. Address', '[The address fields]'],
      ['date', '2. Date', '[The moving date]'],
      ['confirm', '3. Confirm', '[Check and send]'],
    ]),
};

const plans = [
  { name: 'Fixed price', price: 'NOK 1.20 per kWh', term: '12 months' },
  { name: 'Variable price', price: 'Follows the market', term: 'None' },
];
const cell = { textAlign: 'start', paddingInlineEnd: '1rem' } as const;

export const DoCompareSideBySide: Story = {
  name: 'Do: a table to compare',
  tags: ['guidance'],
  render: () => (
    <table style={{ borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            Plan
          </th>
          <th scope="col" style={cell}>
            Price
          </th>
          <th scope="col" style={cell}>
            Binding
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.name}>
            <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
              {plan.name}
            </th>
            <td style={cell}>{plan.price}</td>
            <td style={cell}>{plan.term}</td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
};

export const DontCompareInTabs: Story = {
  name: 'Don’t: hide what must be compared',
  tags: ['guidance'],
  render: () =>
    tabsOf(
      'Plans',
      plans.map((plan) => [plan.name, plan.name, `Price: ${plan.price}. Binding: ${plan.term}.`]),
    ),
};

import type { Meta, StoryObj } from '@storybook/react-vite';
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

export const DoShortLabels: Story = {
  name: 'Do: short labels that fit',
  tags: ['guidance'],
};

export const DontLongLabels: Story = {
  name: 'Don’t: long labels and many tabs',
  tags: ['guidance'],
  render: (args) => (
    <Tabs {...args}>
      <TabList aria-label="Your account">
        <Tab value="bills">Your bills and payments</Tab>
        <Tab value="usage">Electricity usage this year</Tab>
        <Tab value="contract">Contract, prices and terms</Tab>
        <Tab value="moving">Moving to a new address</Tab>
        <Tab value="help">Help and contact information</Tab>
      </TabList>
      <TabPanel value="bills">Your next bill is due on 30 November.</TabPanel>
      <TabPanel value="usage">You used 312 kWh in October.</TabPanel>
      <TabPanel value="contract">You have a variable price contract.</TabPanel>
      <TabPanel value="moving">Tell us your new address.</TabPanel>
      <TabPanel value="help">Call us on 800 12 345.</TabPanel>
    </Tabs>
  ),
};

export const DoStepsInOrder: Story = {
  name: 'Do: steps one after another',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      <h2 style={{ margin: 0, fontSize: '1.25rem' }}>Step 1 of 3: Your new address</h2>
      <p style={{ margin: 0 }}>[The address fields, then a button to go on to the moving date]</p>
    </div>
  ),
};

export const DontStepsAsTabs: Story = {
  name: 'Don’t: steps of a form as tabs',
  tags: ['guidance'],
  render: () => (
    <Tabs defaultValue="address">
      <TabList aria-label="Moving">
        <Tab value="address">1. Address</Tab>
        <Tab value="date">2. Date</Tab>
        <Tab value="confirm">3. Confirm</Tab>
      </TabList>
      <TabPanel value="address">[The address fields]</TabPanel>
      <TabPanel value="date">[The moving date]</TabPanel>
      <TabPanel value="confirm">[Check and send]</TabPanel>
    </Tabs>
  ),
};

const plans = [
  { name: 'Fixed price', price: 'NOK 1.20 per kWh', term: '12 months' },
  { name: 'Variable price', price: 'Follows the market', term: 'None' },
];

export const DoCompareSideBySide: Story = {
  name: 'Do: a table to compare',
  tags: ['guidance'],
  render: () => (
    <table style={{ borderCollapse: 'collapse', textAlign: 'start' }}>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start', paddingInlineEnd: '1rem' }}>Plan</th>
          <th scope="col" style={{ textAlign: 'start', paddingInlineEnd: '1rem' }}>Price</th>
          <th scope="col" style={{ textAlign: 'start' }}>Binding</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.name}>
            <th scope="row" style={{ textAlign: 'start', paddingInlineEnd: '1rem', fontWeight: 'normal' }}>{plan.name}</th>
            <td style={{ paddingInlineEnd: '1rem' }}>{plan.price}</td>
            <td>{plan.term}</td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
};

export const DontCompareInTabs: Story = {
  name: 'Don’t: hide what must be compared',
  tags: ['guidance'],
  render: () => (
    <Tabs defaultValue={plans[0]!.name}>
      <TabList aria-label="Plans">
        {plans.map((plan) => (
          <Tab key={plan.name} value={plan.name}>
            {plan.name}
          </Tab>
        ))}
      </TabList>
      {plans.map((plan) => (
        <TabPanel key={plan.name} value={plan.name}>
          Price: {plan.price}. Binding: {plan.term}.
        </TabPanel>
      ))}
    </Tabs>
  ),
};

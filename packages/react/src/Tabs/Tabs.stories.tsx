import type { Meta, StoryObj } from '@storybook/react-vite';
import { Tab, TabList, TabPanel, Tabs } from './Tabs.js';

const meta = {
  title: 'Components/Tabs',
  component: Tabs,
  tags: ['autodocs'],
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

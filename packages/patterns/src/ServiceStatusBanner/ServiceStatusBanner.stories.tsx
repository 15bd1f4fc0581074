import type { Meta, StoryObj } from '@storybook/react-vite';
import { ServiceStatusBanner, type ServiceIncident } from './ServiceStatusBanner.js';

const now = () => new Date('2026-11-24T12:00:00Z'); // 13:00 in Oslo

const outage: ServiceIncident = {
  id: 'bankid-2026-11-24',
  updatedAt: '2026-11-24T11:40:00Z',
  severity: 'outage',
  title: 'You cannot log in with BankID',
  affected: 'Logging in to Min side and the app. Power delivery and payments are not affected.',
  action: 'Our supplier has found the fault and is fixing it.',
  workaround: 'You can still pay your bill from your online bank. Call us if you need to move into a new home today.',
  nextUpdateAt: '2026-11-24T13:30:00Z',
  timeZone: 'Europe/Oslo',
};

const meta = {
  title: 'Patterns/ServiceStatusBanner',
  component: ServiceStatusBanner,
  parameters: {
    docs: {
      description: {
        component:
          'A known problem stated plainly: what is affected, what we are doing, when the next update comes, what to do ' +
          'meanwhile and where to get help. On the page from the start it is read in order; when it appears after load ' +
          '(`announceOnMount`) or a new update arrives, an outage is an `alert` and the other severities a `status`. ' +
          'A dismissal is remembered in `localStorage` per incident and update, read after mount; a new update shows again.',
      },
    },
  },
  args: { incident: outage, help: '/contact#contact-options', now, storageKey: `story-${Date.now()}` },
} satisfies Meta<typeof ServiceStatusBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Outage: Story = {};

export const Degraded: Story = {
  args: {
    incident: {
      ...outage,
      id: 'slow-invoices',
      severity: 'degraded',
      title: 'Invoices open slowly',
      affected: 'Opening invoices on Min side can take up to a minute.',
      action: 'We are moving the archive to faster servers.',
      workaround: undefined,
    },
  },
};

export const Maintenance: Story = {
  args: {
    incident: {
      ...outage,
      id: 'maintenance-2026-11-29',
      severity: 'maintenance',
      title: 'Min side is closed on Sunday night',
      affected: 'Min side and the app, Sunday 29 November from 00:00 to 04:00.',
      action: 'We are updating our systems.',
      workaround: 'Call us if you have an urgent power cut.',
      nextUpdateAt: undefined,
    },
  },
};

export const Resolved: Story = {
  args: {
    incident: {
      ...outage,
      updatedAt: '2026-11-24T11:55:00Z',
      severity: 'resolved',
      title: 'BankID login works again',
      action: 'The supplier fixed the fault at 12:50.',
      workaround: undefined,
    },
  },
};

/** Appears after the page has loaded: an outage interrupts (`role="alert"`). */
export const AppearsAfterLoad: Story = { name: 'Appears after load', args: { announceOnMount: true } };

export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

export const Finnish: Story = { tags: ['test-case'], globals: { locale: 'fi' } };

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoCustomersWords: Story = {
  name: 'Do: the customer’s words',
  tags: ['guidance'],
  args: { dismissible: false, incident: { ...outage, workaround: undefined } },
};

export const DontSystemWords: Story = {
  name: 'Don’t: the system’s words',
  tags: ['guidance'],
  args: {
    dismissible: false,
    incident: {
      ...outage,
      title: 'INC-4471: IdP federation degraded',
      affected: 'OIDC login flows via the BankID broker.',
      action: 'Vendor ticket opened; failover under evaluation.',
      workaround: undefined,
    },
  },
};

export const DoSpecific: Story = {
  name: 'Do: specific parts',
  tags: ['guidance'],
  args: {
    dismissible: false,
    incident: { ...outage, affected: 'Logging in to Min side and the app. Power delivery is not affected.' },
  },
};

export const DontVague: Story = {
  name: 'Don’t: vague parts',
  tags: ['guidance'],
  args: {
    dismissible: false,
    incident: {
      ...outage,
      title: 'We are experiencing technical issues',
      affected: 'Some users may experience issues.',
      action: 'We apologise for any inconvenience.',
      workaround: 'Please try again later.',
    },
  },
};

const slowInvoices: ServiceIncident = {
  ...outage,
  id: 'slow-invoices',
  title: 'Invoices open slowly',
  affected: 'Opening invoices on Min side can take up to a minute.',
  action: 'We are moving the archive to faster servers.',
  workaround: undefined,
};

export const DoMatchingSeverity: Story = {
  name: 'Do: the severity customers feel',
  tags: ['guidance'],
  args: { dismissible: false, incident: { ...slowInvoices, severity: 'degraded' } },
};

export const DontOverstatedSeverity: Story = {
  name: 'Don’t: an overstated severity',
  tags: ['guidance'],
  args: { dismissible: false, incident: { ...slowInvoices, severity: 'outage' } },
};

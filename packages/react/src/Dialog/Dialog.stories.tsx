import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button/Button.js';
import { TextField } from '../TextField/TextField.js';
import { Dialog } from './Dialog.js';

function DialogDemo({ title, body }: { title: string; body: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Change phone number
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={title}
        actions={
          <>
            <Button onClick={() => setOpen(false)}>Save</Button>
            <Button variant="tertiary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </>
        }
      >
        <p>{body}</p>
        <TextField label="New phone number" type="tel" autoComplete="tel" />
      </Dialog>
    </>
  );
}

const meta = {
  title: 'Components/Dialog',
  component: Dialog,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'A modal dialog for a short task. Prefer a page of its own for anything long. Focus moves in, Tab stays inside, Escape closes and focus returns to the opener.',
      },
    },
  },
  args: { title: 'Change phone number' },
  render: (args) => <DialogDemo title={String(args.title)} body="We send a code to the new number to check it is yours." />,
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

export const Open: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Change phone number' }));
    const dialog = within(canvasElement.ownerDocument.body).getByRole('dialog', { name: String(args.title) });
    await expect(within(dialog).getByRole('textbox', { name: 'New phone number' })).toHaveFocus();
  },
};

export const LongText: Story = {
  name: 'Long text',
  args: { title: 'Change the phone number we use to reach you about faults, visits and your agreements' },
  render: (args) => (
    <div style={{ maxWidth: 320 }}>
      <DialogDemo title={String(args.title)} body="We send a code to the new number to check it is yours. The code is valid for ten minutes. If it does not arrive, you can ask for a new one." />
    </div>
  ),
  play: Open.play,
};

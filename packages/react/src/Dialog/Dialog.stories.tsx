import { useEffect, useRef, useState, type ComponentProps } from 'react';
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
  parameters: {
    docs: {
      description: {
        component:
          'A modal dialog for a short task. Prefer a page of its own for anything long. Focus moves in, Tab stays inside, Escape closes and focus returns to the opener.',
      },
    },
  },
  args: { title: 'Change phone number' },
  render: (args) => (
    <DialogDemo title={String(args.title)} body="We send a code to the new number to check it is yours." />
  ),
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
      <DialogDemo
        title={String(args.title)}
        body="We send a code to the new number to check it is yours. The code is valid for ten minutes. If it does not arrive, you can ask for a new one."
      />
    </div>
  ),
  play: Open.play,
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

/** The dialog as it looks when open, drawn in place: a modal would cover the guidance page and take its focus. */
function OpenInPlace(props: Pick<ComponentProps<typeof Dialog>, 'title' | 'actions' | 'children'>) {
  const ref = useRef<HTMLDialogElement>(null);
  // The attribute, not show(): show() would move focus into the example.
  useEffect(() => ref.current?.setAttribute('open', ''), []);
  return (
    <Dialog
      ref={ref}
      open={false}
      onOpenChange={() => {}}
      style={{ position: 'static', width: '100%', maxHeight: 'none', margin: 0 }}
      {...props}
    />
  );
}

export const DoNameTheAction: Story = {
  name: 'Do: name the action',
  tags: ['guidance'],
  render: () => (
    <OpenInPlace
      title="Delete the draft?"
      actions={
        <>
          <Button variant="danger">Delete draft</Button>
          <Button variant="tertiary">Keep draft</Button>
        </>
      }
    >
      <p>The draft is deleted for good. You cannot undo this.</p>
    </OpenInPlace>
  ),
};

export const DontYesNo: Story = {
  name: 'Don’t: “Are you sure?”',
  tags: ['guidance'],
  render: () => (
    <OpenInPlace
      title="Are you sure?"
      actions={
        <>
          <Button variant="danger">Yes</Button>
          <Button variant="tertiary">No</Button>
        </>
      }
    >
      <p>Do you really want to continue?</p>
    </OpenInPlace>
  ),
};

export const DoShortTask: Story = {
  name: 'Do: a short task',
  tags: ['guidance'],
  render: () => (
    <OpenInPlace
      title="Change phone number"
      actions={
        <>
          <Button>Save</Button>
          <Button variant="tertiary">Cancel</Button>
        </>
      }
    >
      <TextField label="New phone number" type="tel" autoComplete="tel" />
    </OpenInPlace>
  ),
};

export const DontLongForm: Story = {
  name: 'Don’t: a long form',
  tags: ['guidance'],
  render: () => (
    <OpenInPlace
      title="Move your agreement"
      actions={
        <>
          <Button>Send</Button>
          <Button variant="tertiary">Cancel</Button>
        </>
      }
    >
      <div style={{ display: 'grid', gap: '1rem' }}>
        <TextField label="Moving date" />
        <TextField label="New street and number" autoComplete="street-address" />
        <TextField label="New postcode" autoComplete="postal-code" />
        <TextField label="Meter number" />
        <TextField label="Meter reading on the moving date" />
        <TextField label="Phone" type="tel" autoComplete="tel" />
      </div>
    </OpenInPlace>
  ),
};

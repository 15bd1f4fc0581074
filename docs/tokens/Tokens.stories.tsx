import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useSamspill } from '@samspill/react';
import { checkContrast, type ContrastPair } from '@samspill/tokens/contrast';
import pairs from '@samspill/tokens/contrast-pairs.json';
import { flatThemes } from '@samspill/tokens';
import { TokenTable, cssVar } from './TokenPages';

const meta = {
  title: 'Foundations/Tokens',
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const swatch = (path: string) => (
  <span
    style={{
      display: 'inline-block',
      width: '3rem',
      height: '2rem',
      borderRadius: 'var(--samspill-radius-sm)',
      border: 'var(--samspill-border-width-thin) solid var(--samspill-color-border-strong)',
      background: cssVar(path),
    }}
  />
);

/** Semantic colours: what each one is for, with its value in the selected theme. Components use only these. */
export const Colour: Story = {
  render: () => <TokenTable prefix="color" caption="Semantic colours" preview={swatch} />,
};

/** The type scale, in rem so it follows the reader's browser font size. */
export const TypeScale: Story = {
  name: 'Type scale',
  render: () => (
    <>
      <TokenTable
        prefix="font.size"
        caption="Font sizes"
        preview={(path) => (
          <span style={{ fontSize: cssVar(path), lineHeight: 'var(--samspill-font-line-height-tight)' }}>Aa</span>
        )}
      />
      <TokenTable
        prefix="font.weight"
        caption="Font weights"
        preview={(path) => <span style={{ fontWeight: cssVar(path) }}>Aa</span>}
      />
      <TokenTable prefix="font.line-height" caption="Line heights" preview={() => null} />
      <TokenTable
        prefix="font.family"
        caption="Font families"
        preview={(path) => <span style={{ fontFamily: cssVar(path) }}>Aa</span>}
      />
    </>
  ),
};

const bar = (path: string) => (
  <span
    style={{
      display: 'inline-block',
      height: '1rem',
      width: cssVar(path),
      background: 'var(--samspill-color-icon-default)',
    }}
  />
);

/** Spacing on a 4 px grid. */
export const Space: Story = {
  render: () => <TokenTable prefix="space" caption="Space" preview={bar} />,
};

/** Corner radii. */
export const Radius: Story = {
  render: () => (
    <TokenTable
      prefix="radius"
      caption="Radius"
      preview={(path) => (
        <span
          style={{
            display: 'inline-block',
            width: '3rem',
            height: '2rem',
            borderRadius: cssVar(path),
            border: 'var(--samspill-border-width-thick) solid var(--samspill-color-border-strong)',
          }}
        />
      )}
    />
  ),
};

/** Elevation: shadows for surfaces that sit above the page. */
export const Elevation: Story = {
  render: () => (
    <TokenTable
      prefix="shadow"
      caption="Elevation"
      preview={(path) => (
        <span
          style={{
            display: 'inline-block',
            width: '4rem',
            height: '2.5rem',
            margin: 'var(--samspill-space-2)',
            borderRadius: 'var(--samspill-radius-md)',
            background: 'var(--samspill-color-surface-raised)',
            boxShadow: cssVar(path),
          }}
        />
      )}
    />
  ),
};

/** Motion: durations and easings. Components turn movement off when the reader asks for reduced motion. */
export const Motion: Story = {
  render: () => (
    <>
      <TokenTable prefix="motion.duration" caption="Durations" preview={() => null} />
      <TokenTable prefix="motion.easing" caption="Easings" preview={() => null} />
    </>
  ),
};

/** Layout tokens: breakpoints, stacking order and minimum target sizes. */
export const Layout: Story = {
  render: () => (
    <>
      <TokenTable prefix="breakpoint" caption="Breakpoints" preview={() => null} />
      <TokenTable prefix="z-index" caption="Stacking order" preview={() => null} />
      <TokenTable
        prefix="size.target"
        caption="Target sizes"
        preview={(path) => (
          <span
            style={{
              display: 'inline-block',
              width: cssVar(path),
              height: cssVar(path),
              border: 'var(--samspill-border-width-thin) solid var(--samspill-color-border-strong)',
            }}
          />
        )}
      />
    </>
  ),
};

function ContrastMatrix() {
  const { theme } = useSamspill();
  const name = theme === 'auto' ? 'light' : theme;
  const results = checkContrast(flatThemes[name] as Record<string, string>, pairs as ContrastPair[], name);
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption
        style={{
          textAlign: 'start',
          fontWeight: 'var(--samspill-font-weight-bold)',
          paddingBlock: 'var(--samspill-space-2)',
        }}
      >
        Contrast of every colour pair the system uses, in the {name} theme
      </caption>
      <thead>
        <tr>
          {['Sample', 'Foreground', 'Background', 'Kind', 'Ratio', 'Needs', 'Result'].map((heading) => (
            <th key={heading} scope="col" style={{ textAlign: 'start', padding: 'var(--samspill-space-2)' }}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {results.map((result) => (
          <tr key={`${result.foreground}|${result.background}`} data-pass={result.pass}>
            <td style={{ padding: 'var(--samspill-space-2)' }}>
              <span
                style={{
                  display: 'inline-flex',
                  alignItems: 'center',
                  gap: 'var(--samspill-space-2)',
                  padding: 'var(--samspill-space-2) var(--samspill-space-3)',
                  background: cssVar(result.background),
                  color: cssVar(result.foreground),
                  fontSize: result.kind === 'large-text' ? 'var(--samspill-font-size-xl)' : undefined,
                  border: 'var(--samspill-border-width-thin) solid var(--samspill-color-border-strong)',
                }}
              >
                {result.kind === 'ui' ? (
                  // A UI part is drawn, not written: text at 3:1 would itself fail the text criterion.
                  <span
                    aria-hidden="true"
                    style={{
                      display: 'inline-block',
                      width: '1.5rem',
                      height: '1.5rem',
                      borderRadius: '50%',
                      border: `0.1875rem solid ${cssVar(result.foreground)}`,
                    }}
                  />
                ) : (
                  'Aa'
                )}
              </span>
            </td>
            <td style={{ padding: 'var(--samspill-space-2)' }}>
              <code>{result.foreground}</code>
            </td>
            <td style={{ padding: 'var(--samspill-space-2)' }}>
              <code>{result.background}</code>
            </td>
            <td style={{ padding: 'var(--samspill-space-2)' }}>{result.kind}</td>
            <td style={{ padding: 'var(--samspill-space-2)' }}>{result.ratio.toFixed(2)}:1</td>
            <td style={{ padding: 'var(--samspill-space-2)' }}>{result.required}:1</td>
            <td style={{ padding: 'var(--samspill-space-2)' }}>{result.pass ? 'Pass' : 'Fail'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Every foreground/background pair declared in `tokens/contrast-pairs.json`, with its WCAG contrast ratio in the
 * selected theme. The same data drives the contrast test, so this page and the test can never disagree.
 */
export const Contrast: Story = {
  render: () => <ContrastMatrix />,
  play: async ({ canvasElement }) => {
    const rows = within(canvasElement).getAllByRole('row').slice(1);
    await expect(rows.length).toBe(pairs.length);
    await expect(canvasElement.querySelectorAll('tr[data-pass="false"]')).toHaveLength(0);
  },
};

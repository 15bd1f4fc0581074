// The reference page three ways: Samspill, plain React with a static stylesheet, and the least a styled-components
// page can do. Each variant shows 1,000 buttons and 200 labelled text fields and can switch between two themes.
import { Profiler, useId, useMemo, type ReactNode } from 'react';
import { SamspillProvider, Button, TextField } from '@samspill/react';
import { styled } from 'styled-components';

export const BUTTONS = 1_000;
export const FIELDS = 200;

export type BenchTheme = 'light' | 'dark';

export interface PageProps {
  /** Changes every re-render and shows in every label, so each component gets new props and new text. */
  count: number;
  /** Wraps each component in a Profiler that calls this when it re-renders (counting only, never timed). */
  onComponentRender?: () => void;
}

const indices = (length: number) => Array.from({ length }, (_, index) => index);

function profiled(key: number | string, onRender: (() => void) | undefined, child: ReactNode) {
  return onRender ? (
    <Profiler key={key} id={String(key)} onRender={onRender}>
      {child}
    </Profiler>
  ) : (
    child
  );
}

interface Parts {
  button: (props: { key: number; secondary: boolean; label: string }) => ReactNode;
  field: (props: { key: string; label: string; name: string }) => ReactNode;
}

/** The reference page, built from one variant's button and labelled field. */
function page({ button, field }: Parts, { count, onComponentRender }: PageProps) {
  return (
    <main>
      <h1>{`Render ${count}`}</h1>
      {indices(BUTTONS).map((index) =>
        profiled(
          index,
          onComponentRender,
          button({ key: index, secondary: index % 2 === 1, label: `Save ${index}.${count}` }),
        ),
      )}
      {indices(FIELDS).map((index) =>
        profiled(
          `f${index}`,
          onComponentRender,
          field({ key: `f${index}`, label: `Field ${index}.${count}`, name: `field${index}` }),
        ),
      )}
    </main>
  );
}

const samspillParts: Parts = {
  button: ({ key, secondary, label }) => (
    <Button key={key} variant={secondary ? 'secondary' : 'primary'}>
      {label}
    </Button>
  ),
  field: ({ key, label, name }) => <TextField key={key} label={label} name={name} />,
};

type AppProps = PageProps & { theme: BenchTheme };

/** One variant's app: the page inside the element that carries the theme. */
function app(parts: Parts, Themed: (props: { theme: BenchTheme; children: ReactNode }) => ReactNode) {
  function Page(props: PageProps) {
    return page(parts, props);
  }
  return function App({ theme, count, onComponentRender }: AppProps) {
    // The page itself does not change with the theme: only what reads the theme may re-render.
    const content = useMemo(
      () => <Page count={count} onComponentRender={onComponentRender} />,
      [count, onComponentRender],
    );
    return <Themed theme={theme}>{content}</Themed>;
  };
}

export const SamspillApp = app(samspillParts, ({ theme, children }) => (
  <SamspillProvider theme={theme}>{children}</SamspillProvider>
));

/** The static stylesheet of the plain page: the same kind of rules a design system needs, written by hand. */
export const plainCss = `
.theme { --bg: #0b5cad; --fg: #fff; --surface: #fff; --text: #1b1f24; --border: #6b7480; color: var(--text); background: var(--surface); }
.theme[data-theme='dark'] { --bg: #8ab8f0; --fg: #101418; --surface: #16191d; --text: #e8eaed; --border: #8a929c; }
.button { display: inline-flex; align-items: center; min-height: 2.5rem; padding: 0.5rem 1rem; border: 1px solid var(--bg); border-radius: 4px; background: var(--bg); color: var(--fg); font: inherit; font-weight: 600; cursor: pointer; }
.button:hover { filter: brightness(0.9); }
.button:focus-visible { outline: 3px solid var(--bg); outline-offset: 2px; }
.button[data-variant='secondary'] { background: var(--surface); color: var(--bg); }
.field { display: flex; flex-direction: column; gap: 0.25rem; }
.label { font-weight: 600; }
.input { min-height: 2.75rem; padding: 0.5rem 0.75rem; border: 1px solid var(--border); border-radius: 4px; background: var(--surface); color: var(--text); font: inherit; }
`;

// The components a team would write by hand for a static stylesheet.
function PlainButton({ variant, children }: { variant: 'primary' | 'secondary'; children: ReactNode }) {
  return (
    <button type="button" className="button" data-variant={variant === 'primary' ? undefined : variant}>
      {children}
    </button>
  );
}

function PlainTextField({ label, name }: { label: string; name: string }) {
  const id = useId();
  return (
    <div className="field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <input className="input" id={id} name={name} type="text" />
    </div>
  );
}

const plainParts: Parts = {
  button: ({ key, secondary, label }) => (
    <PlainButton key={key} variant={secondary ? 'secondary' : 'primary'}>
      {label}
    </PlainButton>
  ),
  field: ({ key, label, name }) => <PlainTextField key={key} label={label} name={name} />,
};

export const PlainApp = app(plainParts, ({ theme, children }) => (
  <div className="theme" data-theme={theme}>
    {children}
  </div>
));

const FloorButton = styled.button`
  display: inline-flex;
  align-items: center;
  min-height: 2.5rem;
  padding: 0.5rem 1rem;
  border: 1px solid var(--bg);
  border-radius: 4px;
  background: var(--bg);
  color: var(--fg);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
  &:hover {
    filter: brightness(0.9);
  }
  &:focus-visible {
    outline: 3px solid var(--bg);
    outline-offset: 2px;
  }
  &[data-variant='secondary'] {
    background: var(--surface);
    color: var(--bg);
  }
`;
const FloorField = styled.div`
  display: flex;
  flex-direction: column;
  gap: 0.25rem;
`;
const FloorLabel = styled.label`
  font-weight: 600;
`;
const FloorInput = styled.input`
  min-height: 2.75rem;
  padding: 0.5rem 0.75rem;
  border: 1px solid var(--border);
  border-radius: 4px;
  background: var(--surface);
  color: var(--text);
  font: inherit;
`;
const FloorTheme = styled.div`
  --bg: #0b5cad;
  --fg: #fff;
  --surface: #fff;
  --text: #1b1f24;
  --border: #6b7480;
  color: var(--text);
  background: var(--surface);
  &[data-theme='dark'] {
    --bg: #8ab8f0;
    --fg: #101418;
    --surface: #16191d;
    --text: #e8eaed;
    --border: #8a929c;
  }
`;

function FloorTextField({ label, name }: { label: string; name: string }) {
  const id = useId();
  return (
    <FloorField>
      <FloorLabel htmlFor={id}>{label}</FloorLabel>
      <FloorInput id={id} name={name} type="text" />
    </FloorField>
  );
}

const floorParts: Parts = {
  button: ({ key, secondary, label }) => (
    <FloorButton key={key} type="button" data-variant={secondary ? 'secondary' : undefined}>
      {label}
    </FloorButton>
  ),
  field: ({ key, label, name }) => <FloorTextField key={key} label={label} name={name} />,
};

export const FloorApp = app(floorParts, ({ theme, children }) => (
  <FloorTheme data-theme={theme}>{children}</FloorTheme>
));

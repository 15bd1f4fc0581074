// Runs in Chromium: mounts one variant of the reference page and times what a user waits for. Each step renders
// synchronously and then reads layout, so the time includes style recalculation, as a frame would.
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { FloorApp, PlainApp, SamspillApp, type BenchTheme } from './pages.tsx';

const apps = { samspill: SamspillApp, plain: PlainApp, floor: FloorApp };
export type Variant = keyof typeof apps;

function styleRules(): number {
  let rules = 0;
  for (const sheet of Array.from(document.styleSheets)) rules += sheet.cssRules.length;
  return rules;
}

function timed(step: () => void): number {
  const start = performance.now();
  step();
  void document.body.offsetHeight;
  return performance.now() - start;
}

function bench(variant: Variant) {
  const App = apps[variant];
  const container = document.getElementById('root')!;
  let root: Root = createRoot(container);
  let count = 0;
  let theme: BenchTheme = 'light';
  let rendered = 0;
  const onComponentRender = () => {
    rendered += 1;
  };
  const render = (profile = false) =>
    root.render(<App theme={theme} count={count} onComponentRender={profile ? onComponentRender : undefined} />);
  return {
    mount: () => timed(() => flushSync(() => render())),
    rerender: () => {
      count += 1;
      return timed(() => flushSync(() => render()));
    },
    unmount: () => {
      flushSync(() => root.unmount());
      root = createRoot(container);
    },
    themeSwitch: () => {
      theme = theme === 'light' ? 'dark' : 'light';
      return timed(() => flushSync(() => render()));
    },
    /** Style rules added, components re-rendered and transitions started by one theme switch. */
    inspectThemeSwitch: () => {
      flushSync(() => render(true));
      void document.body.offsetHeight;
      document.getAnimations().forEach((animation) => animation.finish());
      const rulesBefore = styleRules();
      rendered = 0;
      theme = theme === 'light' ? 'dark' : 'light';
      flushSync(() => render(true));
      void document.body.offsetHeight;
      return {
        rulesAdded: styleRules() - rulesBefore,
        rerendered: rendered,
        transitions: document.getAnimations().filter((animation) => animation instanceof CSSTransition).length,
      };
    },
  };
}

declare global {
  interface Window {
    bench: typeof bench;
    /** The mounted variant, set by the runner. */
    api: ReturnType<typeof bench>;
  }
}
window.bench = bench;

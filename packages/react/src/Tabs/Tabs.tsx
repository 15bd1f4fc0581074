'use client';
import {
  Children,
  createContext,
  forwardRef,
  isValidElement,
  useContext,
  useId,
  useState,
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type KeyboardEvent,
} from 'react';
import { part } from '../internal/part.js';
import { devCheckControlled, devInvariant } from '../internal/dev.js';

interface TabsContextValue {
  baseId: string;
  selected: string | undefined;
  select: (value: string) => void;
  activation: 'automatic' | 'manual';
}

const TabsContext = createContext<TabsContextValue | null>(null);

function useTabs(part: string): TabsContextValue {
  const context = useContext(TabsContext);
  if (!context) throw new Error(`${part}: place it inside <Tabs>.`);
  return context;
}

const idPart = (value: string) => value.replace(/[^\w-]/g, '_');

export interface TabsProps extends HTMLAttributes<HTMLDivElement> {
  /** The selected tab's `value` (controlled); pair it with `onValueChange`. */
  value?: string;
  /** The tab selected at first (uncontrolled). */
  defaultValue?: string;
  /** Called with the `value` of the tab the user selects. */
  onValueChange?: (value: string) => void;
  /** `automatic`: arrow keys select as they move (for panels that show at once). `manual`: arrows move focus and
   * Enter or Space selects (for panels that are slow to show).
   * @default 'automatic' */
  activation?: 'automatic' | 'manual';
}

/** Tabs that switch between panels in place: one Tab stop, arrows and Home/End move between tabs. */
export const Tabs = forwardRef<HTMLDivElement, TabsProps>(function Tabs(
  { value, defaultValue, onValueChange, activation = 'automatic', ...rest },
  ref,
) {
  devCheckControlled('Tabs', value, [onValueChange]);
  devInvariant(
    value === undefined && defaultValue === undefined,
    'Tabs',
    'needs `defaultValue` (or `value`) naming the tab selected at first, so keyboard users can Tab to it.',
  );
  const baseId = useId();
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const selected = value ?? uncontrolled;
  const select = (next: string) => {
    setUncontrolled(next);
    if (next !== selected) onValueChange?.(next);
  };
  return (
    <TabsContext.Provider value={{ baseId, selected, select, activation }}>
      <div ref={ref} {...rest} />
    </TabsContext.Provider>
  );
});

const List = part('div', 'samspill-tabs__list');

export type TabListProps = HTMLAttributes<HTMLDivElement>;

/** The row of tabs. Give it an `aria-label` (or `aria-labelledby`) that names the set. */
export const TabList = forwardRef<HTMLDivElement, TabListProps>(function TabList(
  { children, onKeyDown, ...rest },
  ref,
) {
  const { select, activation } = useTabs('TabList');
  const values = Children.toArray(children).flatMap((child) =>
    isValidElement<{ value?: string }>(child) && child.props.value !== undefined ? [child.props.value] : [],
  );
  const duplicate = values.find((value, index) => values.indexOf(value) !== index);
  devInvariant(
    duplicate !== undefined,
    'Tabs',
    `has two tabs with the value "${duplicate}". Give every Tab (and its TabPanel) a unique \`value\`.`,
  );

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    onKeyDown?.(event);
    const tabs = Array.from(
      event.currentTarget.querySelectorAll<HTMLButtonElement>(':scope > [role="tab"]:not(:disabled)'),
    );
    const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (current === -1) return;
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = tabs[(moves[event.key]! + tabs.length) % tabs.length]!;
    next.focus();
    if (activation === 'automatic') select(next.dataset.value!);
  }

  return (
    <List ref={ref} role="tablist" onKeyDown={handleKeyDown} {...rest}>
      {children}
    </List>
  );
});

export interface TabProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Ties the tab to the `TabPanel` with the same value. */
  value: string;
}

/** One tab. Its label names its panel. */
export const Tab = forwardRef<HTMLButtonElement, TabProps>(function Tab({ value, onClick, ...rest }, ref) {
  const { baseId, selected, select } = useTabs('Tab');
  const isSelected = selected === value;
  return (
    <button
      ref={ref}
      type="button"
      role="tab"
      id={`${baseId}-tab-${idPart(value)}`}
      aria-selected={isSelected}
      aria-controls={`${baseId}-panel-${idPart(value)}`}
      tabIndex={isSelected ? 0 : -1}
      data-value={value}
      onClick={(event) => {
        onClick?.(event);
        select(value);
      }}
      {...rest}
    />
  );
});

const Panel = part('div', 'samspill-tabs__panel');

export interface TabPanelProps extends HTMLAttributes<HTMLDivElement> {
  /** The `value` of the tab that shows this panel. */
  value: string;
}

/** The content of one tab, shown while its tab is selected. */
export const TabPanel = forwardRef<HTMLDivElement, TabPanelProps>(function TabPanel({ value, ...rest }, ref) {
  const { baseId, selected } = useTabs('TabPanel');
  return (
    <Panel
      ref={ref}
      role="tabpanel"
      id={`${baseId}-panel-${idPart(value)}`}
      aria-labelledby={`${baseId}-tab-${idPart(value)}`}
      tabIndex={0}
      hidden={selected !== value}
      {...rest}
    />
  );
});

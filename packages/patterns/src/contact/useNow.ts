'use client';
import { useEffect, useRef, useState } from 'react';
import { devWarnRenamed } from '../internal/renamed.js';

/** The clock every pattern reads: a function, read at render and on each minute. `() => fixed` holds a status still. */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();

/** A `now` as given: a function, or (the old form, still accepted in this minor version) a fixed `Date`. */
export type ClockProp = Clock | Date;

/** The clock a `now` prop stands for; a `Date` warns once in development, naming the function form. */
export function toClock(now: ClockProp | undefined, component: string): Clock {
  if (now === undefined) return systemClock;
  if (typeof now === 'function') return now;
  devWarnRenamed(component, 'now={date}', 'now={() => date}');
  return () => now;
}

/**
 * The current instant, refreshed on the minute so statuses change when the clock does. The clock is read at
 * render and on each minute; an owner that passes a new function on every render does not cause a new read.
 */
export function useNow(now: ClockProp | undefined, component: string): Date {
  const clock = toClock(now, component);
  const latest = useRef(clock);
  const [current, setCurrent] = useState(() => clock());
  // A fixed `Date` that changes (a story's control) is read again at once.
  const fixed = now instanceof Date ? now.getTime() : undefined;

  useEffect(() => {
    latest.current = clock;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const next = latest.current();
      setCurrent((shown) => (shown.getTime() === next.getTime() ? shown : next));
      // Wake just after the next whole minute, when a status can change.
      timer = setTimeout(tick, 60_000 - (((next.getTime() % 60_000) + 60_000) % 60_000) + 50);
    };
    tick();
    return () => clearTimeout(timer);
  }, [fixed]);

  return current;
}

/** The visitor's own time zone, known only after mount: the server cannot know it, and the first render must match. */
export function useVisitorTimeZone(): string | undefined {
  const [zone, setZone] = useState<string>();
  useEffect(() => {
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, []);
  return zone;
}

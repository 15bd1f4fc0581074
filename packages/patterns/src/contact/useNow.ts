'use client';
import { useEffect, useState } from 'react';

/** A fixed instant (the status never changes: stories, screenshots), or a clock read on every minute. */
export type Clock = Date | (() => Date);

const systemClock = () => new Date();

/**
 * The current instant, refreshed on the minute so statuses change when the clock does. A `Date` holds still;
 * a function is read at render and on each minute.
 */
export function useNow(clock: Clock = systemClock): Date {
  const read = typeof clock === 'function' ? clock : undefined;
  const fixed = typeof clock === 'function' ? undefined : clock.getTime();
  const [now, setNow] = useState(() => (read ? read() : new Date(fixed!)));

  useEffect(() => {
    if (!read) {
      setNow((current) => (current.getTime() === fixed ? current : new Date(fixed!)));
      return;
    }
    setNow(read());
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const current = read().getTime();
      // Wake just after the next whole minute, when a status can change.
      timer = setTimeout(() => {
        setNow(read());
        schedule();
      }, 60_000 - (((current % 60_000) + 60_000) % 60_000) + 50);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [read, fixed]);

  return now;
}

/** The visitor's own time zone, known only after mount: the server cannot know it, and the first render must match. */
export function useVisitorTimeZone(): string | undefined {
  const [zone, setZone] = useState<string>();
  useEffect(() => {
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, []);
  return zone;
}

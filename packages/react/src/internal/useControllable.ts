import { useState } from 'react';

/**
 * State that the owner may control (`value` given) or leave to the component (`defaultValue`); `set` updates the
 * component's own copy and tells the owner either way.
 */
export function useControllable<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const current = value === undefined ? own : value;
  const set = (next: T) => {
    setOwn(next);
    onChange?.(next);
  };
  return [current, set];
}

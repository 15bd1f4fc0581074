import { commands } from 'vitest/browser';

/** What a sighted user sees of a checkbox or radio: its box and whether its mark is drawn. */
export function choiceAppearance(input: Element) {
  const box = getComputedStyle(input);
  return {
    background: box.backgroundColor,
    border: box.borderColor,
    mark: getComputedStyle(input, '::before').transform,
  };
}

/** Runs `check` with forced colours on, and turns them off again whatever happens. */
export async function inForcedColors(check: () => Promise<void> | void) {
  await commands.setForcedColors(true);
  try {
    await check();
  } finally {
    await commands.setForcedColors(false);
  }
}

// The scale's layout is written out per scale type in RatingFeedback.css; this keeps it in step with SCALES, so a new
// or resized scale cannot ship without its columns and its two-row layout for narrow screens.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SCALES } from '@samspill/feedback';

const css = readFileSync(new URL('./RatingFeedback.css', import.meta.url), 'utf8');

it.each(Object.entries(SCALES))('lays out the %s scale in one row, and in two when narrow', (type, { min, max }) => {
  const count = max - min + 1;
  const columns = Math.ceil(count / 2);
  const scale = `& > [data-type='${type}'] > [data-part='scale']`;
  expect(css).toContain(`${scale} {\n    grid-template-columns: repeat(${count}, minmax(2.75rem, 3.5rem));`);
  expect(css).toContain(`@container (width < ${count * 2.75 + (count - 1) * 0.5}rem) {`);
  expect(css).toContain(`${scale} {\n      grid-template-columns: repeat(${columns}, minmax(0, 1fr));`);
  if (count % 2 === 1) expect(css).toContain(`${scale} > :nth-child(${columns + 1}) {\n      grid-column-start: 2;`);
});

import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { GlobalStyles } from './GlobalStyles.js';

it('gives an app that cannot import CSS the tokens and the components in one style element', () => {
  const html = renderToString(createElement(GlobalStyles));
  expect(html.match(/<style/g)).toHaveLength(1);
  expect(html).toContain('--samspill-color-text-default:');
  expect(html).toMatch(/\.samspill-button\s*\{/);
  expect(html).toMatch(/\.samspill-text-field\b/);
});

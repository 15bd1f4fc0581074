// The guide "One company, every channel" quotes the generated token outputs; each quote must still be in them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const guide = readFileSync(join(root, 'docs', 'guides', 'OneCompanyEveryChannel.mdx'), 'utf8');
// A quote names its file after the language (```swift title="ios/SamspillTokens.swift"); lines of "…" skip ahead.
const quotes = [...guide.matchAll(/^( *)```\w+ title="([^"]+)"\n([\s\S]*?)^\1```/gm)].map(([, indent, file, code]) => ({
  file: file!,
  lines: code!
    .split('\n')
    .slice(0, -1)
    .map((line) => line.slice(indent!.length))
    .filter((line) => !/^\s*(\/\/|\/\*)?\s*…\s*(\*\/)?$/.test(line)),
}));

describe('the guide One company, every channel', () => {
  it('quotes every channel: web, iOS, Android, design tools and email', () => {
    expect(quotes.map((quote) => quote.file.split('/')[0])).toEqual(
      expect.arrayContaining(['css', 'ios', 'android', 'design-tool', 'email', 'brands']),
    );
  });

  it.each(quotes.map((quote) => [quote.file, quote] as const))(
    'quotes %s as the build writes it, line for line and in order',
    (file, quote) => {
      const lines = readFileSync(join(root, 'tokens', 'dist', file), 'utf8').split('\n');
      let from = 0;
      for (const line of quote.lines) {
        const at = lines.indexOf(line, from);
        expect(at, `"${line}" is not in dist/${file} after line ${from}`).toBeGreaterThanOrEqual(0);
        from = at + 1;
      }
    },
  );
});

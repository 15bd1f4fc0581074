import type { CSSProperties, ReactNode } from 'react';
import { useSamspill } from '@samspill/react';
import { flatThemes, type ThemeName } from '@samspill/tokens';

/** The flat token map of the theme the story is shown in (`auto` shows light values). */
export function useThemeTokens(): Record<string, string> {
  const { theme } = useSamspill();
  const name: ThemeName = theme === 'auto' ? 'light' : theme;
  return flatThemes[name] as Record<string, string>;
}

/** `color.text.default` -> `var(--samspill-color-text-default)` */
export const cssVar = (path: string) => `var(--samspill-${path.replace(/\./g, '-')})`;

const cell: CSSProperties = {
  padding: 'var(--samspill-space-2) var(--samspill-space-3)',
  borderBottom: 'var(--samspill-border-width-thin) solid var(--samspill-color-border-default)',
  textAlign: 'start',
  verticalAlign: 'middle',
};

/** One row per token whose path starts with `prefix`; `preview` draws what the token does. */
export function TokenTable({
  prefix,
  caption,
  preview,
}: {
  prefix: string;
  caption: string;
  preview: (path: string) => ReactNode;
}) {
  const values = useThemeTokens();
  const paths = Object.keys(values).filter((path) => path.startsWith(`${prefix}.`));
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption
        style={{
          textAlign: 'start',
          fontWeight: 'var(--samspill-font-weight-bold)',
          paddingBlock: 'var(--samspill-space-2)',
        }}
      >
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            Preview
          </th>
          <th scope="col" style={cell}>
            Token
          </th>
          <th scope="col" style={cell}>
            CSS custom property
          </th>
          <th scope="col" style={cell}>
            Value in this theme
          </th>
        </tr>
      </thead>
      <tbody>
        {paths.map((path) => (
          <tr key={path}>
            <td style={cell}>{preview(path)}</td>
            <th scope="row" style={{ ...cell, fontWeight: 'var(--samspill-font-weight-regular)' }}>
              <code>{path}</code>
            </th>
            <td style={cell}>
              <code>{`--samspill-${path.replace(/\./g, '-')}`}</code>
            </td>
            <td style={cell}>
              <code>{values[path]}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

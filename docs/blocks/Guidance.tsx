import type { PropsWithChildren, ReactNode } from 'react';
import { useTheme } from 'storybook/theming';
import type { Guidance } from './guidance';

const panel = { margin: 0, padding: '0.75rem 0 0', borderTop: '4px solid' } as const;
const label = { display: 'block', fontWeight: 700, margin: '0 0 0.25rem' } as const;

/** Do and don't examples side by side; they stack on a narrow page. */
export function DoDont({ children }: PropsWithChildren) {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(16rem, 100%), 1fr))',
        gap: '1.5rem',
        margin: '1.5rem 0',
      }}
    >
      {children}
    </div>
  );
}

function Example({ kind, caption, children }: PropsWithChildren<{ kind: 'do' | 'dont'; caption: ReactNode }>) {
  // The verdict is in words and a symbol, not only in the colour of the bar.
  const colour = kind === 'do' ? '#1a7f37' : '#cf222e';
  // Blocks render outside the docs page's typography, so take its text colour from the docs theme (dark included).
  const { color } = useTheme();
  return (
    <figure style={{ ...panel, borderTopColor: colour }}>
      <figcaption style={{ fontSize: '14px', lineHeight: 1.5, color: color.defaultText }}>
        <strong style={label}>
          <span aria-hidden="true">{kind === 'do' ? '✓ ' : '✕ '}</span>
          {kind === 'do' ? 'Do' : 'Don’t'}
        </strong>
        {caption}
      </figcaption>
      {children}
    </figure>
  );
}

/** An example to follow: a `<Canvas of={…}>` of a story, and a caption that says why it works. */
export const Do = (props: PropsWithChildren<{ caption: ReactNode }>) => <Example kind="do" {...props} />;
/** An example to avoid, with a caption that says what goes wrong and what to do instead. */
export const Dont = (props: PropsWithChildren<{ caption: ReactNode }>) => <Example kind="dont" {...props} />;

/** The keyboard contract from a component's `guidance.json`. */
export function KeyboardTable({ guidance }: { guidance: Guidance }) {
  if (guidance.keyboard.length === 0)
    return <p>{guidance.name} takes no focus of its own; nothing to do with the keyboard.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">What happens</th>
        </tr>
      </thead>
      <tbody>
        {guidance.keyboard.map((row) => (
          <tr key={row.keys.join('+') + row.action}>
            <td>
              {row.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </td>
            <td>{row.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A plain list of lines from `guidance.json` (what a screen reader says, what to check by hand). */
export const GuidanceList = ({ items }: { items: string[] }) => (
  <ul>
    {items.map((item) => (
      <li key={item}>{item}</li>
    ))}
  </ul>
);

/** Where each component's page is in the sidebar, for links between pages. The docs test checks every link resolves. */
const sections: Record<string, string> = {
  Heading: 'foundations',
  Link: 'foundations',
  SkipLink: 'foundations',
  Stack: 'foundations',
  Text: 'foundations',
  VisuallyHidden: 'foundations',
  CallbackRequest: 'patterns',
  ContactOptions: 'patterns',
  ContactBar: 'patterns',
  HelpLink: 'patterns',
  HelpfulFeedback: 'patterns',
  LegalNotice: 'patterns',
  RatingFeedback: 'patterns',
  ServiceStatusBanner: 'patterns',
  TermsAcceptance: 'patterns',
};

/** The link to a component's guidance page, e.g. `?path=/docs/components-button--docs`. */
export const pageOf = (name: string) => {
  const page = name === 'ContactBar' ? 'helplink' : name.toLowerCase();
  return `?path=/docs/${sections[name] ?? 'components'}-${page}--docs`;
};

/** The related components from a component's `guidance.json`, each linked to its page with the reason. */
export const Related = ({ guidance }: { guidance: Guidance }) => (
  <ul>
    {guidance.related.map(({ name, why }) => (
      <li key={name}>
        {/* From inside the preview, ./ is Storybook's own page; a bare ?path= would open iframe.html without the sidebar. */}
        <a href={`./${pageOf(name)}`} target="_top">
          {name}
        </a>
        : {why}
      </li>
    ))}
  </ul>
);

export { Gallery } from './Gallery';

// The page every consumer app renders: a component and a pattern from the installed tarballs, under one provider.
// Written with createElement so a plain Node server can import it without a build step.
import { createElement as h, useEffect, useState } from 'react';
import { Button, SamspillProvider, TextField } from '@samspill/react';
import { HelpfulFeedback } from '@samspill/patterns';
import { createFeedbackClient } from '@samspill/feedback';
import { styled } from 'styled-components';

// A team that writes its own styles with styled-components extends a Samspill component: its rule joins Samspill's
// class, whose rules come from the static stylesheet.
const WideButton = styled(Button)`
  min-width: 12rem;
`;

let feedback;
// Created on first use in the browser only: the server renders the widget without sending anything.
const client = {
  submit: (input) => {
    feedback ??= createFeedbackClient({ endpoint: '/api/feedback', storage: 'memory' });
    return feedback.submit(input);
  },
};

export function App() {
  const [name, setName] = useState('');
  const [greeting, setGreeting] = useState('');
  // Says when the page responds, so a test of a server-rendered page waits for hydration instead of guessing.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return h(
    SamspillProvider,
    { theme: 'light', locale: 'en' },
    h(
      'main',
      { 'data-ready': ready || undefined },
      h('h1', null, 'Consumer app'),
      h(TextField, { label: 'Your name', value: name, onValueChange: setName }),
      h(WideButton, { onClick: () => setGreeting(`Hello, ${name}!`) }, 'Greet'),
      h('p', { role: 'status' }, greeting),
      h(HelpfulFeedback, { client, channel: 'web', journey: 'consumer-app' }),
    ),
  );
}

// The stylesheets a product links once: the tokens of every theme, the components' and the patterns' rules.
import '@samspill/tokens/css/samspill.css';
import '@samspill/react/styles.css';
import '@samspill/patterns/styles.css';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

hydrateRoot(document.getElementById('root'), createElement(App));

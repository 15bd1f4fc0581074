// The stylesheets a product links once: the tokens of every theme, the components' and the patterns' rules.
import '@samspill/tokens/css/samspill.css';
import '@samspill/react/styles.css';
import '@samspill/patterns/styles.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

createRoot(document.getElementById('root')).render(createElement(App));

// Renders the app through Vite's dev server, which loads dependencies through Node as frameworks' dev SSR does.
// Prints the result and anything logged as JSON.
import react from '@vitejs/plugin-react';
import { createLogger, createServer } from 'vite';

const warnings = [];
const logger = createLogger('warn');
logger.warn = (message) => warnings.push(message);
logger.warnOnce = logger.warn;
logger.error = (message) => warnings.push(message);
for (const level of ['error', 'warn']) console[level] = (...args) => warnings.push(args.join(' '));

const server = await createServer({
  root: process.argv[2],
  configFile: false,
  plugins: [react()],
  appType: 'custom',
  customLogger: logger,
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  const { render } = await server.ssrLoadModule('/src/render.js');
  process.stdout.write(JSON.stringify({ ...render(), warnings }));
} finally {
  await server.close();
}

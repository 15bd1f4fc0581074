// Builds one app with Vite's API and prints every warning Vite or its bundler gave, as JSON.
// Usage: node build.mjs <root> <production|development> <entry.html...>
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, createLogger } from 'vite';

const [root, mode, ...pages] = process.argv.slice(2);
const warnings = [];
const logger = createLogger('warn');
logger.warn = (message) => warnings.push(message);
logger.warnOnce = logger.warn;
logger.error = (message) => warnings.push(message);

await build({
  root,
  mode,
  configFile: false,
  plugins: [react()],
  customLogger: logger,
  // A development build keeps React's hydration warnings, which is what the server-rendered page is checked for.
  define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  build: {
    outDir: resolve(root, mode === 'production' ? 'dist' : 'dist-dev'),
    emptyOutDir: true,
    rollupOptions: { input: pages.map((page) => resolve(root, page)) },
  },
});
console.log(JSON.stringify({ warnings }));

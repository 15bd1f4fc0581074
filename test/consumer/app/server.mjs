// A plain Node server, no bundler: renders the page (the team's own styles collected with styled-components'
// ServerStyleSheet) into the template of the client build, which links the stylesheets; serves that build's files,
// and takes feedback. Prints its port once it listens.
// Usage: node server.mjs <dist dir>
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { render } from './src/render.js';

const dist = process.argv[2];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (request.method === 'POST' && path === '/api/feedback') {
    request.resume().on('end', () => response.writeHead(201).end());
    return;
  }
  if (path === '/') {
    const { html, styles } = render();
    const page = readFileSync(join(dist, 'ssr.html'), 'utf8')
      // After the stylesheets the build links, so the team's own rules win over Samspill's at equal specificity.
      .replace('</head>', `${styles}</head>`)
      .replace('<!--app-->', html);
    response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    return;
  }
  const file = join(dist, normalize(path));
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));

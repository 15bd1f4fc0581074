import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, serveDirectory, type StaticServer } from './server.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'audit');

/** A raw GET, so paths like /../ reach the server as written instead of being normalised by fetch. */
function get(
  base: string,
  path: string,
  method = 'GET',
): Promise<{ status: number; type: string | undefined; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server for a Storybook build', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(join(fixtures, 'storybook'));
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on loopback only, at a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves files with their content types', async () => {
    const html = await get(server.url, '/iframe.html?id=fixture-clean--default&viewMode=story');
    expect(html).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(html.body).toContain('id="storybook-root"');
    const json = await get(server.url, '/index.json');
    expect(json).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    expect((JSON.parse(json.body) as { v: number }).v).toBe(5);
  });

  it('answers HEAD without a body, 404 for a missing file and 405 for other methods', async () => {
    expect(await get(server.url, '/index.json', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await get(server.url, '/nothing.js')).status).toBe(404);
    expect((await get(server.url, '/index.json', 'POST')).status).toBe(405);
  });

  it('never serves a file outside the directory', async () => {
    // An encoded slash survives URL parsing and only becomes `../` once decoded.
    expect((await get(server.url, '/..%2fpages%2fform.html')).status).toBe(403);
    // Plain and dot-encoded `..` are resolved by URL parsing, inside the directory.
    expect((await get(server.url, '/../pages/form.html')).status).toBe(404);
    expect((await get(server.url, '/%2e%2e/pages/form.html')).status).toBe(404);
  });

  it('knows the types a Storybook build holds', () => {
    expect(contentTypeFor('a/b.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('icon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('blob.bin')).toBe('application/octet-stream');
  });
});

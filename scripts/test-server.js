// A local server for the browser checks over built files (test/node/*.test.js):
// /dist/… from DIST (default dist/, so a build made elsewhere can be checked
// without touching the shared one), extra routes given by the test (pages,
// a manifest made for the run), everything else as `npm start` serves it.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileFor } from './serve.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Starts the server on a free port. `routes` maps a path to `{ type, body }`;
 * `root`, when given, serves every other path from that folder (e.g. storybook-static/);
 * `mounts` maps a path prefix to a folder (e.g. '/vendor/tinymce/' → node_modules/tinymce).
 * Returns `{ origin, requests, close }`; `requests` lists every path asked for.
 */
export async function startTestServer({ dist = process.env.DIST ?? 'dist', routes = {}, files = {}, root, mounts = {} } = {}) {
  const staticRoot = root && resolve(root);
  const distRoot = resolve(dist);
  const requests = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    requests.push(pathname);
    const route = routes[pathname];
    if (route) {
      response.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(route.body);
      return;
    }
    let file;
    const mount = Object.keys(mounts).find((prefix) => pathname.startsWith(prefix));
    if (files[pathname]) file = resolve(files[pathname]);
    else if (mount) {
      const base = resolve(mounts[mount]);
      file = join(base, decodeURIComponent(pathname.slice(mount.length)));
      if (!file.startsWith(base)) file = undefined;
    } else if (pathname.startsWith('/dist/')) {
      file = join(distRoot, decodeURIComponent(pathname.slice('/dist/'.length)));
      if (!file.startsWith(distRoot)) file = undefined;
    } else if (staticRoot) {
      file = join(staticRoot, decodeURIComponent(pathname));
      if (!file.startsWith(staticRoot)) file = undefined;
      else if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    } else file = fileFor(pathname);
    if (!file || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(done)),
  };
}

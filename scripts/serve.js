// Serves the demo against the built files, as a partner's page would load them:
// /            → demo/
// /dist/…      → dist/
// /custom-elements.json, /schema/… → the package's own files
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve('.');
const PORT = Number(process.env.PORT ?? 8000);
const HOST = process.env.HOST ?? '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file inside the allowed folders, or undefined. */
export function fileFor(pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = path.startsWith('/dist/') || path.startsWith('/schema/') || path === '/custom-elements.json'
    ? [join(ROOT, path)]
    : [join(ROOT, 'demo', path)];
  for (let file of candidates) {
    if (!file.startsWith(ROOT)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) return file;
  }
  return undefined;
}

export function startServer(port = PORT, host = HOST) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((ready) => server.listen(port, host, () => ready(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(ROOT, 'dist/mine-ban-widgets.js'))) {
    console.error('dist/ is missing: run `npm run build` (npm start does it for you).');
    process.exit(1);
  }
  await startServer();
  console.log(`mine-ban-widgets demo: http://${HOST}:${PORT}/  (Ctrl+C to stop)`);
}

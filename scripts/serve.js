// Serves the demo against the built files, as a partner's page would load them:
// /            → demo/ (the demo index, /builder.html, /loader.html)
// /dist/…      → dist/
// /custom-elements.json, /schema/… → the package's own files
//
// `node scripts/serve.js` (what `npm start` runs after the build) listens on
// 127.0.0.1 (HOST to change it):
// - PORT set: that port and no other; if it is taken, one line says so and the
//   script exits with 1 (the port was asked for by name).
// - PORT unset: 8000, or else the next free port up to 8019, saying so in its
//   one line. MBC_BASE_PORT moves the first port tried (the tests use it to stay
//   off a developer's 8000).
// Either way it prints one line, with the URL it serves on; errors are one line
// too (no stack trace) and exit with 1.
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/[/\\]$/, '');
const HOST = process.env.HOST ?? '127.0.0.1';
const DEFAULT_PORT = 8000;
/** How many ports from the first one are tried when PORT is not set. */
export const PORT_RANGE = 20;
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
  const candidates =
    path.startsWith('/dist/') || path.startsWith('/schema/') || path === '/custom-elements.json'
      ? [join(ROOT, path)]
      : [join(ROOT, 'demo', path)];
  for (let file of candidates) {
    if (!file.startsWith(ROOT)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** A URL for a listening server, with the host as a browser would write it. */
export function urlOf(server) {
  const { address, port } = server.address();
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}/`;
}

/**
 * Starts the server on `port` (0: any free port). Resolves with the listening
 * server; rejects with the listen error (e.g. `code: 'EADDRINUSE'`).
 */
export function startServer(port = DEFAULT_PORT, host = HOST) {
  const server = createServer((request, response) => {
    let file;
    try {
      file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      file = undefined; // a malformed %-escape
    }
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
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ready(server);
    });
  });
}

/** One line for an error `listen` gave, without a stack trace. */
function describeListenError(error, port, host) {
  if (error.code === 'EADDRINUSE') return `Port ${port} is in use`;
  if (error.code === 'EACCES') return `Port ${port} needs privileges this user lacks`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return `HOST ${host} is not an address of this machine`;
  return `Cannot listen on ${host}:${port} (${error.code ?? error.message})`;
}

function portFrom(name, value) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || String(value).trim() === '') {
    throw new Error(`${name}=${value} is not a port number (0-65535)`);
  }
  return port;
}

/** The first port from `first` (of `PORT_RANGE`) that can be listened on now, or undefined. */
async function nextFree(first, host) {
  for (let port = first; port < first + PORT_RANGE && port <= 65535; port += 1) {
    const free = await new Promise((answer) => {
      const probe = createNetServer();
      probe.once('error', () => answer(false));
      probe.listen(port, host, () => probe.close(() => answer(true)));
    });
    if (free) return port;
  }
  return undefined;
}

/**
 * The port rule of `npm start` and `npm run storybook`: `env.PORT` exactly when
 * set, else the first port from `first` on (`PORT_RANGE` of them) for which
 * `attempt(port)` does not fail with EADDRINUSE. Resolves with
 * `{ result, port, url, notice }` (`result` what `attempt` gave, `notice` the
 * line to print when `first` was taken); rejects with an Error whose message is
 * one line for the user. `command` is what the user runs, for the advice.
 */
export async function onFreePort(
  attempt,
  { env = process.env, first = DEFAULT_PORT, host = HOST, command = 'npm start', what = 'serving' } = {},
) {
  const urlFor = (port) => `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  if (env.PORT !== undefined && env.PORT !== '') {
    const port = portFrom('PORT', env.PORT);
    try {
      return { result: await attempt(port), port, url: urlFor(port) };
    } catch (error) {
      const line = describeListenError(error, port, host);
      if (error.code !== 'EADDRINUSE') throw new Error(line);
      const free = await nextFree(port + 1, host);
      throw new Error(
        `${line}: stop what uses it, or choose another port${free ? `, e.g. PORT=${free} ${command} (free now)` : ''}`,
      );
    }
  }
  const last = Math.min(first + PORT_RANGE - 1, 65535);
  for (let port = first; port <= last; port += 1) {
    try {
      const result = await attempt(port);
      const url = urlFor(port);
      const notice = port === first ? undefined : `Port ${first} is in use; ${what} on ${url} instead (set PORT to choose)`;
      return { result, port, url, notice };
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw new Error(describeListenError(error, port, host));
    }
  }
  throw new Error(`Ports ${first}-${last} are all in use: set PORT to choose a free one, e.g. PORT=9000 ${command}`);
}

/**
 * Listens as `npm start` does (see the top of this file), on `env.PORT` or the
 * first free port from `env.MBC_BASE_PORT` (default 8000). Resolves with
 * `{ server, url, notice }`; rejects with a one-line Error.
 */
export async function listen(env = process.env, host = env.HOST ?? HOST) {
  const first = env.MBC_BASE_PORT ? portFrom('MBC_BASE_PORT', env.MBC_BASE_PORT) : DEFAULT_PORT;
  const { result: server, notice } = await onFreePort((port) => startServer(port, host), { env, first, host });
  return { server, url: urlOf(server), notice };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(join(ROOT, 'dist/mine-ban-widgets.js'))) {
    console.error('dist/ is missing: run `npm run build` (npm start does it for you).');
    process.exit(1);
  }
  try {
    const { url, notice } = await listen();
    console.log(notice ?? `mine-ban-widgets demo: ${url}  (Ctrl+C to stop)`);
  } catch (error) {
    console.error(`mine-ban-widgets demo: ${error.message}`);
    process.exit(1);
  }
}

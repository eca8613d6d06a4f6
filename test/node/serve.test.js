// `npm start`'s server (scripts/serve.js) over the built dist/: two started at
// once both serve the demo, each on its own port, and each says where in one
// line; a PORT that is taken is one line and exit 1, no stack trace. The tests
// set MBC_BASE_PORT to a port the system just gave out, so they stay off a
// developer's 8000 (and off `npm test`'s own server there).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { freePort } from '../free-port.js';

const SERVE = fileURLToPath(new URL('../../scripts/serve.js', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../../dist/mine-ban-widgets.js', import.meta.url)));
const URL_IN_LINE = /http:\/\/127\.0\.0\.1:(\d+)\//;

/** A free port kept below the top of the range (the demo tries the ports above the one it is given). */
async function freePortBelowTop() {
  for (;;) {
    const port = await freePort();
    if (port < 65000) return port;
  }
}

/** Listens on `port` until closed, as another program holding it would. */
async function occupy(port) {
  const holder = createServer();
  await new Promise((ready, fail) => holder.once('error', fail).listen(port, '127.0.0.1', ready));
  return holder;
}

const running = new Set();

/** Starts `node scripts/serve.js` with `env` added (PORT, MBC_BASE_PORT and HOST removed unless given). */
function serve(env) {
  const rest = { ...process.env };
  for (const name of ['PORT', 'MBC_BASE_PORT', 'HOST']) delete rest[name];
  const child = spawn(process.execPath, [SERVE], { env: { ...rest, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((done) =>
    child.once('exit', (code) => {
      running.delete(child);
      done(code);
    }),
  );
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    /** Resolves with the first line printed once it names a URL; rejects if the process ends or 10 s pass. */
    line: () =>
      new Promise((found, fail) => {
        const timer = setTimeout(() => fail(new Error(`no URL printed in 10 s: ${JSON.stringify({ stdout, stderr })}`)), 10_000);
        const check = () => {
          if (!URL_IN_LINE.test(stdout)) return;
          clearTimeout(timer);
          child.stdout.off('data', check);
          found(stdout.trim());
        };
        child.stdout.on('data', check);
        check();
        exited.then((code) => {
          clearTimeout(timer);
          fail(new Error(`exited with ${code} before printing a URL: ${JSON.stringify({ stdout, stderr })}`));
        });
      }),
  };
}

async function stop(server) {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
  await server.exited;
}

describe('npm start (scripts/serve.js)', { skip: !BUILT && 'no dist/mine-ban-widgets.js: build first' }, () => {
  after(() => {
    for (const child of running) child.kill('SIGKILL');
  });

  test('two started at once both serve the demo, on two ports, each printing one line with its URL', async () => {
    const base = await freePortBelowTop();
    const first = serve({ MBC_BASE_PORT: String(base) });
    const second = serve({ MBC_BASE_PORT: String(base) });
    try {
      const lines = await Promise.all([first.line(), second.line()]);
      const ports = lines.map((line) => Number(URL_IN_LINE.exec(line)[1]));
      assert.notEqual(ports[0], ports[1], `two ports: ${lines.join(' | ')}`);
      for (const [index, line] of lines.entries()) {
        assert.equal(line.split('\n').length, 1, `one line: ${line}`);
        if (ports[index] === base) assert.match(line, /^mine-ban-widgets demo: http:\/\/127\.0\.0\.1:\d+\/ /);
        else
          assert.equal(line, `Port ${base} is in use; serving on http://127.0.0.1:${ports[index]}/ instead (set PORT to choose)`);
      }
      for (const port of ports) {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type'), /^text\/html/);
        const html = await response.text();
        assert.match(html, /<title>mine-ban-widgets — demo<\/title>/);
        assert.match(html, /<script type="module" src="\/dist\/mine-ban-widgets\.js"><\/script>/);
        const builder = await fetch(`http://127.0.0.1:${port}/builder.html`);
        assert.equal(builder.status, 200, 'the builder is served too');
        await builder.arrayBuffer();
      }
      for (const server of [first, second]) assert.equal(server.output().stderr, '');
    } finally {
      await Promise.all([stop(first), stop(second)]);
    }
  });

  test('a PORT that is taken: one line on stderr, exit 1, no stack trace', async () => {
    const port = await freePortBelowTop();
    const holder = await occupy(port);
    const server = serve({ PORT: String(port) });
    try {
      let timer;
      const code = await Promise.race([
        server.exited,
        new Promise((_, fail) => (timer = setTimeout(() => fail(new Error('still running after 10 s')), 10_000))),
      ]);
      clearTimeout(timer);
      const { stdout, stderr } = server.output();
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, new RegExp(`Port ${port} is in use: .*PORT=\\d+ npm start`));
      assert.doesNotMatch(stderr, /EADDRINUSE|\n\s+at /);
    } finally {
      await stop(server);
      await new Promise((closed) => holder.close(closed));
    }
  });

  test('PORT set and free: serves on it exactly', async () => {
    const port = await freePortBelowTop();
    const server = serve({ PORT: String(port) });
    try {
      const line = await server.line();
      assert.equal(line, `mine-ban-widgets demo: http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
      assert.equal((await fetch(`http://127.0.0.1:${port}/`)).status, 200);
    } finally {
      await stop(server);
    }
  });
});

// `npm run storybook`: Storybook's dev server on a port chosen the way `npm start`
// chooses its own (scripts/serve.js): PORT exactly when set (taken: one line,
// exit 1), else 6006 or the next free port, saying so in one line.
//
// Storybook 8 alone asks "Port 6006 is not available. Would you like to run
// Storybook on port 6007 instead?" on a busy port; without a terminal (an IDE's
// task runner, a script) the question gets no answer and it exits with 0 without
// serving. So the port is picked here and handed over with --exact-port.
// Telemetry stays off (also set in .storybook/main.js).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { onFreePort } from './serve.js';

const FIRST = 6006;
const HOST = '127.0.0.1'; // where Storybook listens unless told otherwise

/**
 * Resolves when nothing listens on `port`, on this host or on all interfaces (as
 * Storybook's own check probes); rejects with the listen error otherwise.
 */
function probe(port) {
  const tryOn = (host) =>
    new Promise((free, taken) => {
      const server = createServer();
      server.once('error', taken);
      server.listen({ port, host, exclusive: true }, () => server.close(() => free()));
    });
  return tryOn(undefined).then(() => tryOn(HOST));
}

let chosen;
try {
  chosen = await onFreePort(probe, { first: FIRST, host: HOST, command: 'npm run storybook', what: 'Storybook will serve' });
} catch (error) {
  console.error(`Storybook: ${error.message}`);
  process.exit(1);
}
console.log(chosen.notice ?? `Storybook: starting on ${chosen.url}  (Ctrl+C to stop)`);

const bin = createRequire(import.meta.url).resolve('storybook/bin/index.cjs');
const child = spawn(
  process.execPath,
  [bin, 'dev', '--port', String(chosen.port), '--exact-port', '--no-open', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  // --exact-port exits with -1 (255) when the port went to someone else after the probe.
  if (code === 255)
    console.error(`Storybook: could not start on port ${chosen.port} (taken meanwhile?); run it again or set PORT`);
  process.exit(code ?? (signal ? 1 : 0));
});

// A real WordPress for the plugin's test, started offline and stopped afterwards:
// one MariaDB server of our own (its own data folder and socket, no network), and for
// each WordPress version a copy of its files with our wp-config.php, the plugin
// installed from `npm run build:wordpress --out`, served by `php -S` on 127.0.0.1.
// WordPress 6.1 is Debian's package (/usr/share/wordpress); the current one is the zip
// of @wp-playground/wordpress-builds (PHP files) plus its public/ folder (static files).
// Every server runs in a process group of its own, so that stopping it stops its
// workers too (`php -S` forks them), also when the test fails or is interrupted.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../free-port.js';

export const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = join(ROOT, 'node_modules/@wp-playground/wordpress-builds');
const run = promisify(execFile);

export const VERSIONS = {
  6.1: { files: '/usr/share/wordpress' },
  6.5: { zip: join(BUILDS, 'src/wordpress/wp-6.5.zip'), public: join(BUILDS, 'public/wp-6.5') },
};

/** What is missing on this machine to run the test, or [] (the test fails saying so rather than pass without running). */
export function missing() {
  const need = [];
  for (const [tool, pkg] of [
    ['mariadbd', 'mariadb-server'],
    ['mariadb-install-db', 'mariadb-server'],
    ['mysql', 'mariadb-client'],
    ['php', 'php'],
    ['unzip', 'unzip'],
  ])
    if (!which(tool)) need.push(pkg);
  if (!existsSync('/usr/share/wordpress/wp-load.php')) need.push('wordpress');
  if (!existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree')) need.push('wordpress-theme-twentytwentythree');
  if (which('php') && !execFileSync('php', ['-m'], { encoding: 'utf8' }).includes('mysqli')) need.push('php-mysql');
  if (!existsSync(VERSIONS['6.5'].zip)) need.push('@wp-playground/wordpress-builds (npm ci)');
  return [...new Set(need)];
}

function which(tool) {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/sbin']))
    if (dir && existsSync(join(dir, tool))) return join(dir, tool);
  return null;
}

export { freePort };

/** Everything started, stopped in reverse order by stopAll() (also on failure). */
const started = [];

/** Sends a signal to a server's whole process group (the server and the workers it forked). */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

// If the test process ends without stopAll() (an uncaught error, Ctrl-C), nothing is left behind.
process.once('exit', () => {
  for (const { child } of started) signalGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    for (const { child } of started) signalGroup(child, 'SIGKILL');
    process.exit(130);
  });

function start(command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, ...options });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise((done) => child.once('exit', done));
  const entry = { child, exited, name: `${command} ${args[0] ?? ''}`, stderr: () => stderr };
  started.push(entry);
  return entry;
}

/** Stops every server started (its process group: TERM, then KILL after 10 s), newest first. */
export async function stopAll() {
  await Promise.all(
    started
      .splice(0)
      .reverse()
      .map(async ({ child, exited }) => {
        signalGroup(child, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000);
        await exited;
        // The workers of `php -S` outlive their parent: the group goes whole.
        signalGroup(child, 'SIGKILL');
        clearTimeout(timer);
      }),
  );
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls `check` until it returns true; a check error marked `fatal` ends the wait at once. */
async function until(what, check, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      if (error.fatal) throw error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const exitedEarly = (server, what) => {
  if (server.child.exitCode != null || server.child.signalCode != null)
    throw Object.assign(new Error(`${what} exited: ${server.stderr()}`), { fatal: true });
};

/** Our own MariaDB: data folder and socket in `dir`, no TCP at all, no grant tables (nothing but us can reach it). */
export async function startMariaDB(dir) {
  const data = join(dir, 'db');
  const socket = join(dir, 'mysql.sock');
  mkdirSync(data, { recursive: true });
  await run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${data}`,
    '--user=root',
    '--skip-test-db',
    '--auth-root-authentication-method=normal',
  ]);
  const server = start('mariadbd', [
    '--no-defaults',
    `--datadir=${data}`,
    `--socket=${socket}`,
    `--pid-file=${join(dir, 'mysql.pid')}`,
    '--skip-networking',
    '--skip-grant-tables',
    '--user=root',
    '--innodb-buffer-pool-size=64M',
    '--skip-log-bin',
  ]);
  const sql = (statement) => run('mysql', [`--socket=${socket}`, '-uroot', '-e', statement]);
  await until('MariaDB', async () => {
    exitedEarly(server, 'mariadbd');
    await sql('SELECT 1');
    return true;
  });
  return { socket, sql };
}

/** One WordPress version: its files in `dir`, its database, the plugin, a PHP server on a free loopback port. */
export async function startWordPress({ version, dir, db, plugin }) {
  const source = VERSIONS[version];
  const root = join(dir, `wp-${version}`);
  rmSync(root, { recursive: true, force: true });
  // Debian's files link to its shared copies (underscore, Backbone, getID3) by relative links: copied as files.
  if (source.files) cpSync(source.files, root, { recursive: true, dereference: true });
  else {
    await run('unzip', ['-q', source.zip, '-d', root]);
    cpSync(source.public, root, { recursive: true, force: false, errorOnExist: false });
    rmSync(join(root, 'wp-content/database'), { recursive: true, force: true });
  }
  const name = `wp${version.replace('.', '')}`;
  await db.sql(`CREATE DATABASE IF NOT EXISTS ${name} CHARACTER SET utf8mb4`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  rmSync(join(root, 'wp-config.php'), { force: true });
  writeFileSync(
    join(root, 'wp-config.php'),
    `<?php
define( 'DB_NAME', '${name}' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${db.socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${origin}/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, `debug-${version}.log`)}' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_AUTO_UPDATE_CORE', false );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $mbc_key ) {
	define( $mbc_key, 'mbc-test-' . $mbc_key );
}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  const plugins = join(root, 'wp-content/plugins');
  rmSync(join(plugins, 'mine-ban-widgets'), { recursive: true, force: true });
  cpSync(plugin, join(plugins, 'mine-ban-widgets'), { recursive: true });
  // The test's own mu-plugin: the classic editor for posts marked so.
  mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
  writeFileSync(
    join(root, 'wp-content/mu-plugins/mbc-test.php'),
    `<?php
add_filter( 'use_block_editor_for_post', function ( $use, $post ) { return $use && ! get_post_meta( $post->ID, '_mbc_classic', true ); }, 10, 2 );
`,
  );
  // French installed, so that Settings → General (the WPLANG option) accepts it offline. Debian's
  // package has its translations; elsewhere an empty catalogue (a 28-byte MO file with no
  // strings: WordPress's own texts stay English).
  const french = join(root, 'wp-content/languages/fr_FR.mo');
  if (!existsSync(french)) {
    mkdirSync(dirname(french), { recursive: true });
    const mo = Buffer.alloc(28);
    mo.writeUInt32LE(0x950412de, 0); // magic; revision 0, no strings
    mo.writeUInt32LE(28, 12); // where the (empty) tables start
    mo.writeUInt32LE(28, 16);
    mo.writeUInt32LE(28, 24);
    writeFileSync(french, mo);
  }
  /** Runs test/wordpress/<script> against this site (`php <script> <root> …args`); resolves to its output. */
  const php = async (script, ...args) =>
    (await run('php', [join(import.meta.dirname, script), root, ...args], { maxBuffer: 64 << 20 })).stdout;
  const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
    cwd: root,
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  });
  await until(`PHP server for WordPress ${version}`, async () => {
    exitedEarly(server, 'php -S');
    return (await fetch(`${origin}/wp-includes/images/blank.gif`, { signal: AbortSignal.timeout(5000) })).ok;
  });
  return { version, root, origin, php };
}

// What the benchmarks share: where the library is built for them, the build, and medians.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
/** BENCH_DIST: where the library is built (never dist/, which the tests use). */
export const DIST = resolve(process.env.BENCH_DIST ?? '/tmp/mbc-bench-dist');
/** BENCH_RUNS: runs per scenario. */
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 10));

/** Builds the library into DIST, unless BENCH_NO_BUILD is set and `entry` is already there; exits if the build fails. */
export function ensureBuild(entry) {
  if (process.env.BENCH_NO_BUILD && existsSync(join(DIST, entry))) return;
  console.log(`building the library into ${DIST} …`);
  const build = spawnSync('npx', ['rollup', '-c', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, DIST },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0 || !existsSync(join(DIST, entry))) {
    console.error('the build failed; see above.');
    process.exit(1);
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

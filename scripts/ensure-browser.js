// Runs before `npm test`: makes sure a Chromium is there. On Debian as root with
// none installed, installs Debian's `chromium` package; elsewhere says how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser.js';

if (!findBrowser()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('[mine-ban-widgets] No Chromium found: installing Debian\'s "chromium" package with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      shell: '/bin/bash',
    });
  }
  if (!findBrowser()) {
    console.error(
      '[mine-ban-widgets] No Chromium or Chrome found: install one (Debian: apt-get install chromium) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
}

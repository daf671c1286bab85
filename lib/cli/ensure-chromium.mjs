// The browser tests drive Debian's Chromium; Playwright never downloads a browser of its own here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const INSTRUCTION = 'Chromium is missing: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), then run the tests again.';

if (!existsSync(CHROMIUM)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(INSTRUCTION);
    process.exit(1);
  }
  console.log('Chromium is missing; installing Debian\'s chromium package...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(CHROMIUM)) {
    console.error(INSTRUCTION);
    process.exit(1);
  }
}

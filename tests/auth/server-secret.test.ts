import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverSecret } from '@/lib/auth/server-secret';

describe('serverSecret', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test('without TIMELINE_SECRET, makes one random secret in a 0600 file that later calls and instances share', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'secret-'));
    delete process.env.TIMELINE_SECRET;
    process.env.TIMELINE_AUTH_DIR = dir;
    const secret = serverSecret();
    const file = path.join(dir, '.timeline-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(secret.toString('utf8'));
    expect(secret.length).toBeGreaterThanOrEqual(43);
    expect(serverSecret().equals(secret)).toBe(true);
  });

  test('TIMELINE_SECRET wins, and must be long enough', () => {
    process.env.TIMELINE_SECRET = 'x'.repeat(40);
    expect(serverSecret().toString()).toBe('x'.repeat(40));
    process.env.TIMELINE_SECRET = 'short';
    expect(() => serverSecret()).toThrow(/at least 32 characters/);
  });
});

// Follows next.js examples/with-jest: SWC transforms TS/TSX with the app's own settings.
import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

export default createJestConfig({
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  // Store contract tests create real databases; give them room on a shared 2-core machine.
  testTimeout: 30000,
});

/** A mistake in how `extract` was called, or a file it cannot use: one line on standard error, exit code 2. */
export class UsageError extends Error {}

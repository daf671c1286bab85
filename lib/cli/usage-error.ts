/** A mistake in how a CLI was called, or a file it cannot use: one line on standard error, exit code 2. */
export class UsageError extends Error {}

/** A UsageError in the arguments themselves, so its line ends with the usage. */
export class ArgumentError extends UsageError {}

/** What every CLI does with a UsageError: one line `cli: problem` on standard error, and exit code 2. Anything else is rethrown. */
export function reportUsageError(error: unknown, cli: string, usage: string): 2 {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${cli}: ${error.message}${error instanceof ArgumentError ? `; ${usage}` : ''}\n`);
  return 2;
}

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

/**
 * A CLI's arguments as `read` gives them, or the exit code once they are answered for: a UsageError
 * reported (2), or `--help` (`read` gives null) with the usage printed (0).
 */
export function argsOrExit<T>(read: () => T | null, cli: string, usage: string): { args: T } | { exit: number } {
  let args: T | null;
  try {
    args = read();
  } catch (error) {
    return { exit: reportUsageError(error, cli, usage) };
  }
  if (args === null) {
    console.log(usage);
    return { exit: 0 };
  }
  return { args };
}

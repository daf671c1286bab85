// What every CLI needs around node:util's parseArgs: its errors in a few words, and numbers checked.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ArgumentError } from './usage-error';

/** parseArgs, strict (its default): the flags and positionals, or an ArgumentError saying in one line what is wrong. */
export function parseCliArgs<T extends ParseArgsConfig & { strict?: true }>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code?.startsWith('ERR_PARSE_ARGS_')) throw error;
    throw new ArgumentError(parseArgsProblem(code, (error as Error).message));
  }
}

/** parseArgs' messages run to three lines and suggest `--`; the problem alone is clearer. */
function parseArgsProblem(code: string, message: string): string {
  // The option as typed, from "Option '-t, --threads <value>' ..." or "Unknown option '--fast'. ...".
  const option = /'(?:-\w, )?([^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${option}`;
  if (message.includes('does not take an argument')) return `${option} takes no value`;
  if (message.includes('ambiguous')) return `${option} needs a value (one that starts with '-' is written ${option}=-VALUE)`;
  if (message.includes('argument missing')) return `${option} needs a value`;
  return message.split('\n')[0];
}

/** `text` as a whole number from `min` to `max`, or an ArgumentError naming the flag. */
export function wholeNumber(flag: string, text: string, min = 1, max = Infinity): number {
  const n = Number(text);
  if (/^\d+$/.test(text) && n >= min && n <= max) return n;
  const wanted = max < Infinity ? `a whole number from ${min} to ${max}` : min === 1 ? 'a positive whole number' : `a whole number of at least ${min}`;
  throw new ArgumentError(`${flag} needs ${wanted}, got ${JSON.stringify(text)}`);
}

/**
 * parseArgs has no option whose value may be left out, so before parsing, `flag N` (N digits) becomes
 * `flag=N` and a bare `flag` becomes `flag=fallback`; `flag=N` is left as typed.
 */
export function withOptionalCount(argv: readonly string[], flag: string, fallback: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return [...out, ...argv.slice(i)];
    if (argv[i] !== flag) out.push(argv[i]);
    else if (/^\d+$/.test(argv[i + 1] ?? '')) out.push(`${flag}=${argv[++i]}`);
    else out.push(`${flag}=${fallback}`);
  }
  return out;
}

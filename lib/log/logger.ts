import pino, { type LoggerOptions } from 'pino';

/**
 * Credentials never reach a log line: fields that carry them are redacted wherever they appear, at the
 * top level or one object down (`headers.authorization`, `input.password`).
 */
export const LOGGER_OPTIONS: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'timeline' },
  redact: {
    paths: ['authorization', 'cookie', 'password', 'token', '*.authorization', '*.cookie', '*["set-cookie"]', '*.password', '*.token'],
    censor: '[redacted]',
  },
};

/** The process's one structured logger: JSON lines on stdout. */
export const logger = pino(LOGGER_OPTIONS);

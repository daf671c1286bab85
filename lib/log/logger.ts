import pino from 'pino';

/**
 * The process's one structured logger (JSON lines on stdout). Credentials never reach a log line:
 * headers that carry them are redacted wherever they appear.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'timeline' },
  redact: {
    paths: ['*.authorization', '*.cookie', '*["set-cookie"]', '*.password', '*.token', 'headers.authorization', 'headers.cookie'],
    censor: '[redacted]',
  },
});

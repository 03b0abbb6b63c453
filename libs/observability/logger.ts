import type { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger } from 'pino';
import { currentTraceId } from './tracing';

/**
 * Paths pino censors wherever they occur: credentials, and personal fields should a log call
 * ever be handed an event, a request or a document. The code logs none of these on purpose
 * (no request bodies, no event payloads); this is the net under that rule.
 */
export const REDACTED_PATHS = [
  'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization', 'req.headers.cookie',
  'personal', '*.personal', 'body', '*.body',
  'name', '*.name', 'names', '*.names', 'displayName', '*.displayName',
  'email', '*.email', 'emails', '*.emails', 'phone', '*.phone', 'phones', '*.phones',
  'secret', '*.secret', 'apiKey', '*.apiKey', 'token', '*.token',
];

export interface LogContext {
  /** The id of the request being served, if any (x-request-id). */
  requestId?: () => string | undefined;
}

/**
 * One JSON object per line, with request and trace ids when known: errors and fatals on stderr,
 * the rest on stdout (or everything to `destination`).
 */
export function createLogger(service: string, level: string, destination: DestinationStream = standardStreams(), logContext: LogContext = {}): Logger {
  return pino({
    level,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = logContext.requestId?.();
      const traceId = currentTraceId();
      return { ...(requestId && { reqId: requestId }), ...(traceId && { traceId }) };
    },
  }, destination);
}

function standardStreams(): DestinationStream {
  // Through process.stdout/stderr (not pino's own fd writer), so one write order holds with other output.
  return pino.multistream([{ level: 'trace', stream: process.stdout }, { level: 'error', stream: process.stderr }], { dedupe: true });
}

/** Nest's LoggerService on pino: Nest's own lines and every `new Logger(context)` become JSON. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest passes (message, stack, context) or (error, context). */
  error(message: unknown, ...rest: unknown[]): void {
    const context = typeof rest.at(-1) === 'string' ? (rest.pop() as string) : undefined;
    const stack = typeof rest[0] === 'string' ? rest[0] : undefined;
    if (message instanceof Error) this.logger.error({ context, err: message }, message.message);
    else this.logger.error({ context, ...(stack && { stack }) }, stringify(message));
  }

  private write(level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[]): void {
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    this.logger[level]({ context }, stringify(message));
  }
}

function stringify(message: unknown): string {
  if (typeof message === 'string') return message;
  if (message instanceof Error) return message.message;
  // Objects are summarised by their keys only: their values may be personal.
  return message && typeof message === 'object' ? `[object with ${Object.keys(message).join(', ')}]` : String(message);
}

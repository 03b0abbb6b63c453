import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, DuplicateError, InvalidValueError, NotFoundError } from '../../../../libs/domain/shared/errors';
import { DuplicateEventIdError } from '../../../../libs/event-store/errors';
import { allowedMethods } from './allowed-methods';
import { Problem, problem, ProblemError } from './problem';

/** Maps every error to problem+json in one place; internals never leave the process. */
export function toProblem(error: unknown): { body: Problem; headers: Record<string, string> } {
  if (error instanceof ProblemError) return { body: error.problem, headers: error.headers };
  if (error instanceof DomainError) return { body: domainProblem(error), headers: {} };
  if (error instanceof DuplicateEventIdError) {
    return { body: problem(422, 'idempotency-key-reused', 'this Idempotency-Key was already used for another request'), headers: {} };
  }
  if (error instanceof HttpException) return { body: httpProblem(error), headers: {} };
  const fastify = fastifyProblem(error);
  if (fastify) return { body: fastify, headers: {} };
  return { body: problem(500, 'internal', 'an unexpected error occurred; it has been logged'), headers: {} };
}

function domainProblem(error: DomainError): Problem {
  if (error instanceof InvalidValueError) return problem(422, 'invalid-value', error.message, { errors: error.errors });
  if (error instanceof NotFoundError) return problem(404, 'not-found', error.message);
  if (error instanceof DuplicateError) {
    return problem(409, 'likely-duplicate', error.message, { existingId: error.existingId, reason: error.reason });
  }
  return problem(409, 'business-rule', error.message);
}

function httpProblem(error: HttpException): Problem {
  const status = error.getStatus();
  const response = error.getResponse();
  if (typeof response === 'object' && response && 'errors' in response) {
    const { errors, source = 'body' } = response as { errors: unknown; source?: string };
    const what = source === 'query' ? 'the query parameters are' : source === 'param' ? 'the path parameters are' : 'the request body is';
    return problem(status, 'validation', `${what} not valid`, { errors });
  }
  // Nest hands errors fastify raised before the route (body parsing, size, media type) over as HttpException.
  if (status === 404) return problem(404, 'not-found', 'no such resource');
  if (status === 413) return problem(413, 'body-too-large', 'the request body is larger than allowed');
  if (status === 415) return problem(415, 'unsupported-media-type', 'send the body as application/json');
  if (status === 400 && /json/i.test(error.message)) return problem(400, 'malformed-json', 'the body is not valid JSON');
  return problem(status, `http-${status}`, status < 500 ? error.message : undefined);
}

/** Errors fastify raises before a route runs (body parsing, content type, size). */
function fastifyProblem(error: unknown): Problem | undefined {
  const e = error as { code?: string; statusCode?: number; message?: string };
  if (typeof e?.code !== 'string' || !e.code.startsWith('FST_')) {
    if (error instanceof SyntaxError) return problem(400, 'malformed-json', 'the body is not valid JSON');
    return undefined;
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(413, 'body-too-large', 'the request body is larger than allowed');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(415, 'unsupported-media-type', 'send the body as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'malformed-json', 'the body is empty but the content type says JSON');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problem(400, 'malformed-json', 'the body is not valid JSON');
    default:
      if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
        return problem(e.statusCode, 'bad-request', 'the request could not be read');
      }
      return undefined;
  }
}

export function sendProblem(reply: FastifyReply, error: unknown, logger: Logger): void {
  const { body, headers } = toProblem(error);
  if (body.status >= 500) logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
  void reply.status(body.status).headers(headers).header('content-type', 'application/problem+json').send(body);
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    // A path that exists under other methods answers 405 with what it allows, not 404.
    const allow = error instanceof NotFoundException && request.is404 ? allowedMethods(request) : [];
    if (allow.length) {
      const refused = new ProblemError(problem(405, 'method-not-allowed', `${request.method} is not allowed here; use ${allow.join(', ')}`), { allow: allow.join(', ') });
      return sendProblem(host.switchToHttp().getResponse<FastifyReply>(), refused, this.logger);
    }
    sendProblem(host.switchToHttp().getResponse<FastifyReply>(), error, this.logger);
  }
}

import { createHash, randomUUID } from 'node:crypto';
import { FastifyReply, FastifyRequest } from 'fastify';
import { instantOrNow } from './instant';
import { actorOf } from '../auth/principal';
import { CommandContext, CommandResult } from '../commands/command-context';
import { problem, ProblemError } from './problem';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** Reads who, when and the HTTP preconditions of a command from its request. */
export function commandContext(request: FastifyRequest, occurredAt?: string): CommandContext {
  const principal = request.principal;
  if (!principal) throw new ProblemError(problem(401, 'unauthorized', 'no principal'));
  const key = header(request, 'idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw badHeader('Idempotency-Key', 'must be 1 to 200 visible ASCII characters');
  }
  return {
    actor: actorOf(principal),
    correlationId: header(request, 'x-correlation-id')?.slice(0, 200) ?? String(request.id ?? randomUUID()),
    source: 'api',
    // The one place every command's client-supplied business time passes through.
    occurredAt: instantOrNow(occurredAt, 'occurredAt', request.server.maxFutureSkewMs),
    ...(key ? { idempotencyKey: key, requestHash: requestHash(request) } : {}),
    ...ifMatch(request),
  };
}

function ifMatch(request: FastifyRequest): { expectedRevision?: number } {
  const value = header(request, 'if-match');
  if (value === undefined || value === '*') return {};
  // A command answers `"<revision>"`, an entity GET `"<revision>.<position>"`: the revision is what is compared.
  const match = /^(?:W\/)?"?(\d{1,15})(?:\.\d{1,15})?"?$/.exec(value.trim());
  if (!match) throw badHeader('If-Match', 'must be an entity tag as sent in ETag, e.g. "3" or "3.120"');
  return { expectedRevision: Number(match[1]) };
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url.split('?')[0]}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function badHeader(name: string, message: string): ProblemError {
  return new ProblemError(problem(400, 'bad-header', `${name} ${message}`, { errors: [{ field: name, message }] }));
}

/** The answer to every command: `{ id, revision, position }`, ETag, and Location on create. */
export function answerCommand(reply: FastifyReply, result: CommandResult, created?: { location: string }): { id: string; revision: number; position: number } {
  void reply.status(created ? 201 : 200).header('etag', `"${result.revision}"`);
  if (created) void reply.header('location', created.location);
  return { id: result.id, revision: result.revision, position: result.position };
}

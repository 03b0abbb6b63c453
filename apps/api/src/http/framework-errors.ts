import { Logger } from '@nestjs/common';
import { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problem } from './problem';
import { setSecurityHeaders } from './security-headers';

/**
 * Fastify answers a few requests itself, before routing (a URL it cannot decode, a path parameter
 * longer than the router takes): the same problem+json, request id and security headers as every
 * other answer, instead of its own JSON.
 */
export async function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  await setSecurityHeaders(request.raw, reply.raw);
  const body = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? problem(414, 'path-too-long', 'a path parameter is longer than 128 characters')
    : error.code === 'FST_ERR_BAD_URL' ? problem(400, 'bad-url', 'the URL could not be decoded')
      : problem(500, 'internal', 'an unexpected error occurred; it has been logged');
  if (body.status >= 500) new Logger('http').error(error.stack ?? error.message);
  void reply.status(body.status).header('x-request-id', String(request.id)).header('content-type', 'application/problem+json').send(body);
}

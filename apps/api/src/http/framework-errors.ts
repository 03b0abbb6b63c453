import { Logger } from '@nestjs/common';
import { Duplex } from 'node:stream';
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

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (raw non-ASCII bytes in the
 * URL, a malformed header): there is no request to reply on, only the socket, so the problem
 * document is written to it directly and the connection closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return;
  const body = JSON.stringify(error.code === 'HPE_HEADER_OVERFLOW'
    ? problem(431, 'headers-too-large', 'the request headers are too large')
    : problem(400, 'malformed-request', 'the request could not be parsed as HTTP (a URL must be percent-encoded)'));
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

import { FastifyInstance, FastifyRequest } from 'fastify';
import { problem, ProblemError } from './problem';

/** Routes that take another body than JSON, with the media types they read (the rest speak JSON only). */
const OTHER_MEDIA_TYPES: Readonly<Record<string, readonly string[]>> = {
  'POST /v1/imports': ['text/csv', 'application/x-ndjson'],
};

const essence = (contentType: string | undefined) => (contentType ?? '').split(';')[0].trim().toLowerCase();

const hasBody = (request: FastifyRequest) =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/**
 * Refuses a body in any media type its route does not read, with 415, before it is parsed: a form
 * or a plain-text body must never become a command's fields (frameworks parse forms into objects).
 */
export function acceptOnlyDeclaredMediaTypes(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    if (!hasBody(request)) return;
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    const accepted = OTHER_MEDIA_TYPES[route] ?? ['application/json'];
    const type = essence(request.headers['content-type']);
    if (!accepted.includes(type)) {
      throw new ProblemError(problem(415, 'unsupported-media-type', `send the body as ${accepted.join(' or ')}${type ? ` (got ${type})` : ''}`));
    }
  });
}

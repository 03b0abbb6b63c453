import { FastifyInstance, FastifyRequest } from 'fastify';
import { problem, ProblemError } from './problem';

/**
 * Routes that read another body than JSON and check its type themselves, after authentication
 * (`POST /v1/imports`: text/csv, application/x-ndjson; 415 otherwise). Every other route speaks JSON only.
 */
const OWN_MEDIA_TYPES = new Set(['POST /v1/imports']);

const essence = (contentType: string | undefined) => (contentType ?? '').split(';')[0].trim().toLowerCase();

const hasBody = (request: FastifyRequest) =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/**
 * Refuses a body in any media type its route does not read, with 415, before it is parsed: a form
 * or a plain-text body must never become a command's fields (frameworks parse forms into objects).
 */
export function acceptOnlyDeclaredMediaTypes(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    if (!hasBody(request) || OWN_MEDIA_TYPES.has(`${request.method} ${request.routeOptions.url ?? ''}`)) return;
    const type = essence(request.headers['content-type']);
    if (type !== 'application/json') {
      throw new ProblemError(problem(415, 'unsupported-media-type', `send the body as application/json${type ? ` (got ${type})` : ''}`));
    }
  });
}

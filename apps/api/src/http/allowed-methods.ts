import { FastifyRequest } from 'fastify';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The methods the path of a request that matched no route answers to: empty for an unknown path
 * (404), else the `Allow` of a 405. OPTIONS is left out: CORS answers it for every path.
 */
export function allowedMethods(request: FastifyRequest): string[] {
  const path = request.url.split('?')[0];
  return METHODS.filter((method) => request.server.findRoute({ method, url: path }) !== null);
}

import { FastifyInstance } from 'fastify';

const catalogues = new WeakMap<FastifyInstance, Set<string>>();
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records every route as it is registered (`METHOD /path/:param`, the form the permissions
 * table uses). API docs (/docs, served by the Swagger plugin outside Nest's guards, public) and
 * the HEAD/OPTIONS routes Fastify adds are left out.
 */
export function catalogueRoutes(fastify: FastifyInstance): void {
  const routes = new Set<string>();
  catalogues.set(fastify, routes);
  fastify.addHook('onRoute', (route) => {
    if (route.url === '*' || route.url.startsWith('/docs')) return;
    for (const method of [route.method].flat()) if (METHODS.has(method)) routes.add(`${method} ${route.url}`);
  });
}

/** The routes of an app whose Fastify instance was catalogued before its routes were registered. */
export function routesOf(fastify: FastifyInstance): string[] {
  return [...(catalogues.get(fastify) ?? [])].sort();
}

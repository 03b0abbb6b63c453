import helmetMiddleware from 'helmet';
import { IncomingMessage, ServerResponse } from 'node:http';

/** The API answers JSON only; the strict policy costs nothing there, and /docs needs its own scripts and styles only. */
export const HELMET_OPTIONS = { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] } } };

const apply = helmetMiddleware(HELMET_OPTIONS);

/**
 * The same security headers on answers Fastify gives before any route or hook runs (a malformed
 * URL): @fastify/helmet only sees requests that reached the router.
 */
export function setSecurityHeaders(request: IncomingMessage, response: ServerResponse): Promise<void> {
  return new Promise((resolve) => apply(request, response, () => resolve()));
}

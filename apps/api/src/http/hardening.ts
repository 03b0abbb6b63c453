import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { keyIdOf } from '../../../../libs/access/api-key-secret';
import { bearerToken } from '../auth/authenticator';
import { ROUTE_RULES } from '../auth/permissions';
import { ApiConfig } from '../config/config';
import { problem, ProblemError } from './problem';
import { trackRequestIds } from './request-context';
import { acceptOnlyDeclaredMediaTypes } from './media-types';
import { bindFutureSkew } from './instant';
import { catalogueRoutes, routesOf } from './route-catalogue';
import { answerNotModified } from './entity-tags';
import { draftRateLimitHeaders } from './rate-limit-headers';
import { HELMET_OPTIONS } from './security-headers';

/**
 * Request ids in log lines, the route catalogue, security headers, CORS and the per-key rate
 * limit. Called before app.init(): the hooks must be in place when Nest registers the routes.
 */
export async function harden(app: NestFastifyApplication, config: ApiConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  trackRequestIds(fastify);
  catalogueRoutes(fastify);
  acceptOnlyDeclaredMediaTypes(fastify);
  bindFutureSkew(fastify, config.maxFutureSkewMs);
  fastify.addHook('onReady', async () => {
    const unlisted = routesOf(fastify).filter((route) => !Object.hasOwn(ROUTE_RULES, route));
    if (unlisted.length) new Logger('access').warn(`admin-only until listed in auth/permissions.ts: ${unlisted.join(', ')}`);
  });
  answerNotModified(fastify);
  await app.register(helmet, HELMET_OPTIONS);
  const { corsOrigins, rateLimit: limit } = config.security;
  if (corsOrigins.length) {
    app.enableCors({
      origin: corsOrigins.includes('*') ? '*' : corsOrigins,
      // Every method a route answers to; preflights for the others would fail in the browser.
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'if-none-match', 'x-min-position', 'x-request-id', 'x-correlation-id', 'last-event-id'],
      exposedHeaders: ['etag', 'location', 'allow', 'retry-after', 'x-request-id', 'ratelimit', 'ratelimit-policy'],
      maxAge: 600,
    });
  }
  if (limit.max > 0) {
    draftRateLimitHeaders(fastify, Math.round(limit.windowMs / 1000));
    await app.register(rateLimit, {
      enableDraftSpec: true,
      max: limit.max,
      timeWindow: limit.windowMs,
      keyGenerator: rateLimitKey,
      // Probes and scrapers must never be throttled into reporting an outage (or a gap).
      allowList: (request) => request.url.startsWith('/health/') || request.url.split('?')[0] === '/metrics',
      // Thrown by the plugin and answered by ProblemFilter like every other error.
      errorResponseBuilder: (_request, context) =>
        new ProblemError(problem(429, 'rate-limited', `more than ${context.max} requests in ${Math.round(limit.windowMs / 1000)} s; retry after ${context.after}`), {
          'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))),
        }),
    });
  }
}

/**
 * Budgets are per key: the id a key names (or a digest of any other token), else the client
 * address. The key is not verified here (that is the guard's job); a forged id only spends
 * the budget of an id that fails authentication anyway.
 */
export function rateLimitKey(request: FastifyRequest): string {
  const token = bearerToken(request.headers.authorization);
  if (!token) return `ip:${request.ip}`;
  const keyId = keyIdOf(token);
  return keyId ? `key:${keyId}` : `token:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}`;
}

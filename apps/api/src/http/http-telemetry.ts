import { context, Span, trace } from '@opentelemetry/api';
import { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { httpRequestDuration } from '../../../../libs/observability/metrics';
import { SpanKind, tracer } from '../../../../libs/observability/tracing';

const spans = new WeakMap<FastifyRequest, Span>();

/** The route template (`/v1/customers/:id`), never the path: ids would explode the label set. */
const routeOf = (request: FastifyRequest): string => request.routeOptions?.url ?? 'unmatched';

/**
 * One server span per request (named by method and route template, the parent of everything its
 * handler does), the request duration histogram, and one JSON access line per request without
 * query, headers or body. Registered before the routes, like the request ids.
 */
export function instrumentHttp(fastify: FastifyInstance, logger: Logger | undefined): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const span = tracer().startSpan(`${request.method} ${routeOf(request)}`, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': request.method, 'http.route': routeOf(request), 'crm.request_id': String(request.id) },
    });
    spans.set(request, span);
    context.with(trace.setSpan(context.active(), span), done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const status = reply.statusCode;
    const route = routeOf(request);
    httpRequestDuration.observe({ method: request.method, route, status: String(status) }, reply.elapsedTime / 1000);
    const span = spans.get(request);
    span?.setAttribute('http.response.status_code', status);
    span?.end();
    logger?.info({ reqId: String(request.id), method: request.method, route, status, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
    done();
  });
}

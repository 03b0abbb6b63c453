import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { asyncApiDocument } from '../../../../libs/messaging/catalogue/asyncapi-document';
import { ApiConfig } from '../config/config';
import { ASYNCAPI_CSS, asyncApiPage } from './asyncapi-page';

/**
 * The AsyncAPI description of the events downstream systems receive: `/docs/asyncapi.json` and a
 * page rendered from it at `/docs/asyncapi`. Public like /docs: plain Fastify routes, outside Nest's
 * guards and the route catalogue (which leaves /docs* out), built once at start-up.
 */
export function setUpAsyncApi(app: NestFastifyApplication, config: ApiConfig): void {
  const document = asyncApiDocument({ kafkaTopic: config.fanout.kind === 'kafka' ? config.fanout.topic : undefined });
  const json = JSON.stringify(document);
  const page = asyncApiPage(document);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/docs/asyncapi.json', (_request, reply) => reply.type('application/json; charset=utf-8').send(json));
  fastify.get('/docs/asyncapi', (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  fastify.get('/docs/asyncapi.css', (_request, reply) => reply.type('text/css; charset=utf-8').send(ASYNCAPI_CSS));
}

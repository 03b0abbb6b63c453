import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { describeOperations } from './http/openapi/describe-operations';

/**
 * OpenAPI document at /docs-json and a browsable page at /docs (public). Built on the first
 * request for it, not at start: scanning every controller is ~10 % of a restart.
 */
export function setUpOpenApi(app: NestFastifyApplication): void {
  const document = () => describeOperations(SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('CRM backend')
      .setDescription('Event-sourced CRM: commands append events; queries read projections. Errors are application/problem+json (RFC 9457).')
      .setVersion('1')
      .addServer('/', 'This server')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key' })
      .addTag('customers', 'Customers: registration, profile, contact points, consents, interactions, 360° view, audit history')
      .addTag('sales', 'Leads, scoring, pipelines, opportunities, exchange rates and sales analytics')
      .addTag('service', 'Cases with SLA clocks, SLA policies, feedback, tasks, automation rules and service analytics')
      .addTag('partners', 'The partner tree (bottlers, distributors, retailers)')
      .addTag('compliance', 'Subject export and erasure, consent proof, access log, audit events')
      .addTag('access', 'API keys')
      .addTag('events', 'The event log as CloudEvents: pages and server-sent events')
      .addTag('imports', 'Bulk customer import from CSV or NDJSON')
      .addTag('marketing', 'Segments: rules over the 360° view with live membership')
      .build(),
  ));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

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
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key' })
      .build(),
  ));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

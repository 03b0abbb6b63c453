import { Module, DynamicModule, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { ApiKeyGuard } from './auth/api-key.guard';
import { ApiKeysModule } from './auth/api-keys.module';
import { ApiConfig } from './config/config';
import { CustomersModule } from './customers/customers.module';
import { SalesModule } from './sales/sales.module';
import { ServiceModule } from './service/service.module';
import { ComplianceModule } from './compliance/compliance.module';
import { IdentityModule } from './identity/identity.module';
import { ImportsModule } from './imports/imports.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { MarketingModule } from './marketing/marketing.module';
import { EventsController } from './events/events.controller';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { Readiness } from './health/readiness';
import { ProblemFilter } from './http/problem.filter';
import { validationPipe } from './http/validation';
import { Infrastructure } from './infrastructure/infrastructure';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { setUpOpenApi } from './openapi';
import { setUpAsyncApi } from './asyncapi/asyncapi-routes';
import { setUpConsole } from './http/console-route';
import { harden } from './http/hardening';
import { currentRequestId } from './http/request-context';
import { instrumentHttp } from './http/http-telemetry';
import { createLogger, PinoNestLogger } from '../../../libs/observability/logger';
import { answerClientError, answerFrameworkError } from './http/framework-errors';
import { EntityTagInterceptor } from './http/entity-tags';

@Module({})
class AppModule {
  static with(infrastructure: Infrastructure, config: ApiConfig, extraControllers: Type<unknown>[]): DynamicModule {
    return {
      module: AppModule,
      imports: [InfrastructureModule.with(infrastructure, config), CqrsModule.forRoot(), ApiKeysModule, CustomersModule, ComplianceModule, IdentityModule, ImportsModule, SalesModule, ServiceModule, SubscriptionsModule, MarketingModule],
      controllers: [HealthController, MetricsController, EventsController, ...extraControllers],
      providers: [
        Readiness,
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: EntityTagInterceptor },
      ],
    };
  }
}

/**
 * Builds the HTTP app around already-opened infrastructure (tests pass a temporary one).
 * `extraControllers` is for benches: a baseline route behind the very same guard and plumbing.
 */
export async function createApp(
  infrastructure: Infrastructure, config: ApiConfig, logger: false | undefined = undefined, extraControllers: Type<unknown>[] = [],
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // Ids are at most 128 characters; a longer path parameter is refused (414) before routing.
    routerOptions: { maxParamLength: 128 },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    },
  });
  // Commands speak JSON only: anything else is 415, not a string handed to validation.
  adapter.getInstance().removeContentTypeParser('text/plain');
  const log = logger === false ? undefined : createLogger('crm-api', config.observability.logLevel, undefined, { requestId: currentRequestId });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.with(infrastructure, config, extraControllers), adapter, {
    // Nest's body parsers add one for forms; Fastify's own JSON parser is the only one wanted.
    bodyParser: false,
    logger: log ? new PinoNestLogger(log) : false,
  });
  instrumentHttp(adapter.getInstance(), log);
  app.useGlobalPipes(validationPipe());
  await harden(app, config);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
  });
  setUpOpenApi(app);
  setUpAsyncApi(app, config);
  setUpConsole(fastify);
  await app.init();
  await fastify.ready();
  return app;
}

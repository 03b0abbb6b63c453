import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance } from 'fastify';
import { ImportsController } from './imports.controller';

/** `POST /v1/imports`: customers from CSV or NDJSON (docs/identity.md). */
@Module({ controllers: [ImportsController] })
export class ImportsModule implements OnModuleInit {
  constructor(@Inject(HttpAdapterHost) private readonly host: HttpAdapterHost) {}

  /** Import bodies reach the route as the raw stream: a million rows are parsed as they arrive, never buffered. */
  onModuleInit(): void {
    const fastify = this.host.httpAdapter?.getInstance() as FastifyInstance | undefined;
    fastify?.addContentTypeParser(['text/csv', 'application/x-ndjson'], (_request, payload, done) => done(null, payload));
  }
}

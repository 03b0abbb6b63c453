import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { exposition, logHeadPosition, parkedEvents, projectionLag, projectionPosition } from '../../../../libs/observability/metrics';
import { RunningProjections } from '../../../../libs/read-models/runner/running-projections';
import { Public } from '../auth/public.decorator';
import { bearerToken } from '../auth/authenticator';
import { ApiConfig } from '../config/config';
import { problem, ProblemError } from '../http/problem';
import { API_CONFIG, EVENT_STORE, PROJECTION_RUNNER } from '../infrastructure/tokens';

/**
 * Prometheus exposition of the process's registry (libs/observability/metrics.ts). Not behind an
 * API key: scrapers hold `CRM_METRICS_TOKEN` instead, when one is configured.
 */
@Public()
@ApiExcludeController()
@Controller()
export class MetricsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: RunningProjections,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get('metrics')
  async metrics(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    this.authorize(authorization);
    const head = await this.store.headPosition();
    logHeadPosition.set(head);
    for (const p of this.runner.status().projections) {
      projectionPosition.set({ projection: p.name }, p.position);
      projectionLag.set({ projection: p.name }, Math.max(0, head - p.position));
      parkedEvents.set({ projection: p.name }, p.parked);
    }
    const { contentType, body } = await exposition();
    void reply.header('content-type', contentType);
    return body;
  }

  private authorize(authorization: string | undefined): void {
    const expected = this.config.observability.metricsToken;
    if (!expected) return;
    const given = Buffer.from(bearerToken(authorization) ?? '');
    const wanted = Buffer.from(expected);
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
      throw new ProblemError(problem(401, 'unauthenticated', '/metrics needs the bearer token configured in CRM_METRICS_TOKEN'), { 'www-authenticate': 'Bearer' });
    }
  }
}

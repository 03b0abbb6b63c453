import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { RunningProjections } from '../../../../libs/read-models/runner/running-projections';
import { Public } from '../auth/public.decorator';
import { EVENT_STORE, PROJECTION_RUNNER } from '../infrastructure/tokens';
import { Readiness } from './readiness';

@Public()
@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: RunningProjections,
    @Inject(Readiness) private readonly readiness: Readiness,
  ) {}

  @Get('health/live')
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** Ready once the projections have caught up with the log head seen at start. */
  @Get('health/ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, unknown>> {
    const head = await this.store.headPosition();
    const status = this.runner.status();
    const ready = this.readiness.isReady();
    void reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'catching-up', head, projections: status };
  }
}

import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
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

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  async metrics(): Promise<string> {
    const head = await this.store.headPosition();
    const lines = [
      '# HELP crm_log_head_position Global position of the last event in the log.',
      '# TYPE crm_log_head_position gauge',
      `crm_log_head_position ${head}`,
      '# HELP crm_projection_position Last log position a projection has applied.',
      '# TYPE crm_projection_position gauge',
    ];
    for (const p of this.runner.status().projections) lines.push(`crm_projection_position{projection="${p.name}"} ${p.position}`);
    lines.push('# HELP crm_projection_parked_events Events parked as poison per projection.', '# TYPE crm_projection_parked_events gauge');
    for (const p of this.runner.status().projections) lines.push(`crm_projection_parked_events{projection="${p.name}"} ${p.parked}`);
    return `${lines.join('\n')}\n`;
  }
}

import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { toCloudEvent } from '../../../../libs/messaging/cloudevents';
import { RAW_EVENT_STORE } from '../infrastructure/tokens';
import { PartnerScope } from '../partners/partner-scope';
import { FeedQuery } from './feed.query';
import { streamEvents } from './sse';
import { EventStream, ListRead } from '../http/openapi/operation-kinds';

/** Downstream systems read the log in order, as CloudEvents 1.0. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('v1/events')
export class EventsController {
  // Sealed personal fields: downstream systems never receive personal data in plain text.
  constructor(
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
  ) {}

  @Get()
  @ListRead('CloudEvent', { minPosition: false })
  @ApiOperation({ summary: 'The event log after a position, as CloudEvents 1.0 (nextCursor = last position read)' })
  async list(@Query() query: FeedQuery, @Req() request: FastifyRequest): Promise<{ items: unknown[]; nextCursor: string | null }> {
    const limit = query.limit ?? 100;
    const types = query.type ? new Set(query.type.split(',')) : undefined;
    let after = query.after ?? (query.cursor ? Number(query.cursor) : 0);
    const items: unknown[] = [];
    // A type filter may skip many events: scan a bounded number of pages, then hand back a cursor.
    for (let page = 0; page < 20 && items.length < limit; page++) {
      const events = await this.store.readAll({ after, limit: Math.max(limit, 500) });
      // A partner key receives only events about customers of its own subtree.
      const visible = await this.scope.eventFilter(request.principal, events);
      for (const event of events) {
        after = event.position;
        if ((!types || types.has(event.type)) && visible(event)) items.push(toCloudEvent(event));
        if (items.length === limit) break;
      }
      if (events.length === 0) break;
    }
    const head = await this.store.headPosition();
    return { items, nextCursor: after < head ? String(after) : items.length ? String(after) : null };
  }

  @Get('stream')
  @EventStream()
  @ApiOperation({ summary: 'Server-sent events from Last-Event-ID (or ?after=), live' })
  stream(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query() query: FeedQuery): void {
    const lastEventId = request.headers['last-event-id'];
    const resume = typeof lastEventId === 'string' && /^\d+$/.test(lastEventId) ? Number(lastEventId) : undefined;
    streamEvents(this.store, request, reply, resume ?? query.after ?? 0, query.type, (events) => this.scope.eventFilter(request.principal, events));
  }
}

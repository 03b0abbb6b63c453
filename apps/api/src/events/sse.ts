import { FastifyReply, FastifyRequest } from 'fastify';
import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { toCloudEvent } from '../../../../libs/messaging/cloudevents';

const HEARTBEAT_MS = 15_000;

/** Streams the log as server-sent events; `id` is the position, so Last-Event-ID resumes exactly. */
export function streamEvents(
  store: EventStore, request: FastifyRequest, reply: FastifyReply, after: number, type?: string,
  /** Which events of a batch this client may receive (partner scope); all when absent. */
  visibleOf?: (events: EventEnvelope[]) => Promise<(event: EventEnvelope) => boolean>,
): void {
  const types = type ? new Set(type.split(',')) : undefined;
  reply.hijack();
  const out = reply.raw;
  out.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  out.write(': connected\n\n');
  const subscription = store.subscribeAll(after, async (events) => {
    const visible = visibleOf ? await visibleOf(events) : () => true;
    for (const event of events) {
      if ((types && !types.has(event.type)) || !visible(event)) continue;
      const ok = out.write(`id: ${event.position}\nevent: ${event.type}\ndata: ${JSON.stringify(toCloudEvent(event))}\n\n`);
      if (!ok) await new Promise((resolve) => {
        out.once('drain', resolve);
        out.once('close', resolve);
      });
    }
  });
  const heartbeat = setInterval(() => out.write(': keep-alive\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  request.raw.on('close', () => {
    clearInterval(heartbeat);
    void subscription.close();
  });
}

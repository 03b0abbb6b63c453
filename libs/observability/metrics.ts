import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The metric families of every process (API, relay, projector, worker), in one registry per
 * process. Each process serves the whole registry at `/metrics`; a family a process never
 * touches is exposed with no samples, which Prometheus ignores.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const seconds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequestDuration = new Histogram({
  name: 'crm_http_request_duration_seconds',
  help: 'HTTP requests by route template, method and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: seconds,
  registers: [registry],
});

export const commandsTotal = new Counter({
  name: 'crm_commands_total',
  help: 'Commands handled, by command type and outcome (written, unchanged, repeated, rejected, failed).',
  labelNames: ['type', 'outcome'] as const,
  registers: [registry],
});

export const appendDuration = new Histogram({
  name: 'crm_event_store_append_duration_seconds',
  help: 'From an append being queued to its group commit being durable.',
  buckets: seconds,
  registers: [registry],
});

export const groupCommitSize = new Histogram({
  name: 'crm_event_store_group_commit_size',
  help: 'Appends committed together in one transaction (group commit).',
  buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 500],
  registers: [registry],
});

export const logHeadPosition = new Gauge({
  name: 'crm_log_head_position',
  help: 'Global position of the last event in the log.',
  registers: [registry],
});

export const projectionPosition = new Gauge({
  name: 'crm_projection_position',
  help: 'Last log position a projection has applied.',
  labelNames: ['projection'] as const,
  registers: [registry],
});

export const projectionLag = new Gauge({
  name: 'crm_projection_lag_events',
  help: 'Log head minus the projection position (log positions on EventStoreDB are not dense).',
  labelNames: ['projection'] as const,
  registers: [registry],
});

export const parkedEvents = new Gauge({
  name: 'crm_projection_parked_events',
  help: 'Events parked as poison and not resolved, per projection.',
  labelNames: ['projection'] as const,
  registers: [registry],
});

export const relayCheckpoint = new Gauge({
  name: 'crm_relay_checkpoint_position',
  help: 'Last log position Kafka acknowledged (the relay checkpoint).',
  registers: [registry],
});

export const relayLag = new Gauge({
  name: 'crm_relay_lag_events',
  help: 'Log head minus the relay checkpoint: events not yet on Kafka.',
  registers: [registry],
});

export const relayPublished = new Counter({
  name: 'crm_relay_published_events_total',
  help: 'Events the relay published and Kafka acknowledged (a re-sent tail counts again).',
  registers: [registry],
});

export const consumerLag = new Gauge({
  name: 'crm_consumer_lag_messages',
  help: 'Messages the consumer group has not committed yet, per partition.',
  labelNames: ['group', 'partition'] as const,
  registers: [registry],
});

export const projectorEvents = new Counter({
  name: 'crm_projector_events_total',
  help: 'Events this projector process applied (redeliveries included).',
  registers: [registry],
});

export const projectorBatches = new Counter({
  name: 'crm_projector_batches_total',
  help: 'Partition batches this projector process committed.',
  registers: [registry],
});

export const projectorParked = new Counter({
  name: 'crm_projector_parked_events_total',
  help: 'Poison events this projector process parked, per projection.',
  labelNames: ['projection'] as const,
  registers: [registry],
});

export const projectorPartitions = new Gauge({
  name: 'crm_projector_assigned_partitions',
  help: 'Partitions this projector process owns.',
  registers: [registry],
});

export const projectorPartitionPosition = new Gauge({
  name: 'crm_projector_partition_position',
  help: 'Last log position this projector process committed, per partition.',
  labelNames: ['partition'] as const,
  registers: [registry],
});

export const slaBreaches = new Counter({
  name: 'crm_sla_breaches_total',
  help: 'SLA warnings and breaches recorded on cases by this process, by kind (warning, breach).',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const webhookDeliveries = new Counter({
  name: 'crm_webhook_deliveries_total',
  help: 'Automation webhook deliveries, by outcome (delivered, failed, refused).',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const workerLeader = new Gauge({ name: 'crm_worker_leader', help: 'Whether this service worker holds the service-worker lease.', registers: [registry] });
export const workerLeaseToken = new Gauge({ name: 'crm_worker_lease_token', help: 'Fencing token of the tenure held (0 when none).', registers: [registry] });
export const workerRounds = new Counter({ name: 'crm_worker_rounds_total', help: 'Rounds of SLA scheduling and automation completed as leader.', registers: [registry] });
export const workerTakeovers = new Counter({ name: 'crm_worker_takeovers_total', help: 'Times this worker took the lease.', registers: [registry] });

/** Keeps a counter at a total counted elsewhere (the service worker counts its own rounds). */
export function following(counter: Counter): (total: number) => void {
  let seen = 0;
  return (total) => {
    if (total > seen) counter.inc(total - seen);
    seen = Math.max(seen, total);
  };
}

/** The exposition text and its content type, for whichever server answers `/metrics`. */
export async function exposition(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}

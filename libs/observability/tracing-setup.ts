import { context, propagation, trace } from '@opentelemetry/api';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';

export interface TracingConfig {
  /** `service.name` of the spans: crm-api, crm-relay, crm-projector, crm-worker. */
  serviceName: string;
  /** OTLP/HTTP base URL (OTEL_EXPORTER_OTLP_ENDPOINT); unset = no tracing at all. */
  otlpEndpoint?: string;
}

/**
 * Registers the SDK with the given span processors: an async-local context (so a span opened
 * for a request is the parent of what its handler does) and W3C trace-context propagation.
 * The SDK is required here, not at the top, so processes that trace nothing never load it.
 */
export function installTracing(serviceName: string, spanProcessors: SpanProcessor[]): () => Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { BasicTracerProvider } = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { AsyncLocalStorageContextManager } = require('@opentelemetry/context-async-hooks') as typeof import('@opentelemetry/context-async-hooks');
  const { W3CTraceContextPropagator } = require('@opentelemetry/core') as typeof import('@opentelemetry/core');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': serviceName }), spanProcessors });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  };
}

/** Called once at start-up by each process: exports over OTLP/HTTP when an endpoint is configured. */
export function startTracing(config: TracingConfig): () => Promise<void> {
  if (!config.otlpEndpoint) return async () => undefined;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const url = `${config.otlpEndpoint.replace(/\/+$/, '')}/v1/traces`;
  return installTracing(config.serviceName, [new BatchSpanProcessor(new OTLPTraceExporter({ url }))]);
}

import { Attributes, context, Context, Link, propagation, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

/**
 * Manual spans at the few places that matter (HTTP request, command, append, relay publish,
 * projector apply). Only `@opentelemetry/api` is loaded here: without a registered provider
 * every span is a no-op, so a process that exports nothing pays next to nothing.
 */
export const tracer = () => trace.getTracer('crm');

export { SpanKind };

/** Runs `work` inside a new active span; the span ends (with the error recorded) when it settles. */
export async function inSpan<T>(
  name: string, options: { kind?: SpanKind; attributes?: Attributes; links?: Link[]; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(name, { kind: options.kind, attributes: options.attributes, links: options.links }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    failed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

export function failed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/** W3C `traceparent` of the active span (or of `ctx`), undefined when nothing is traced. */
export function currentTraceparent(ctx: Context = context.active()): string | undefined {
  if (!trace.getSpanContext(ctx)) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier.traceparent;
}

/** The context a `traceparent` names, to continue or link a trace started in another process. */
export function contextOf(traceparent: string | undefined, base: Context = context.active()): Context | undefined {
  if (!traceparent) return undefined;
  const extracted = propagation.extract(base, { traceparent });
  return trace.getSpanContext(extracted) ? extracted : undefined;
}

/** A link to the span a `traceparent` names (none when it is absent or malformed). */
export function linkTo(traceparent: string | undefined): Link[] {
  const ctx = contextOf(traceparent);
  const spanContext = ctx && trace.getSpanContext(ctx);
  return spanContext ? [{ context: spanContext }] : [];
}

/** The active trace id, for log lines; undefined outside a traced operation. */
export function currentTraceId(): string | undefined {
  const spanContext = trace.getSpanContext(context.active());
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}

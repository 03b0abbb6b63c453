import { OpenAPIObject } from '@nestjs/swagger';
import { OPERATION_KIND, OperationKind } from './operation-kinds';
import { RESPONSE_SCHEMAS } from './response-schemas';

type Operation = Record<string, any>;
export const UNDESCRIBED = 'x-crm-undescribed';
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const RATE_LIMIT_HEADERS = {
  RateLimit: { description: 'Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off', schema: { type: 'string' } },
  'RateLimit-Policy': { description: 'The policy, e.g. `36000;w=60`; absent when rate limiting is off', schema: { type: 'string' } },
};
const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'string', pattern: '^\\d+$' }, required: true } };

const ERRORS: Record<number, string> = {
  400: 'Malformed request: a parameter, header or body field is invalid (`errors` names each field)',
  401: 'No valid API key or token',
  403: 'The key\'s role may not do this',
  404: 'No such entity',
  409: 'Conflict with the current state (a likely duplicate, a concurrent write, a repeated Idempotency-Key with another body)',
  412: 'If-Match names a revision the entity has moved on from',
  413: 'The body is larger than the configured limit',
  415: 'The body is not application/json',
  422: 'Well-formed but refused by the domain rules (`errors` names each field)',
  429: 'Too many requests in the window',
  503: 'The read models have not reached X-Min-Position in time, or a dependency is unavailable; retry after Retry-After',
};

const HEADER_PARAMETERS = {
  'Idempotency-Key': { description: 'A repeat answers the first response and writes nothing (1–200 visible ASCII characters)', schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' } },
  'If-Match': { description: 'The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on', schema: { type: 'string' } },
  'X-Min-Position': { description: 'Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time', schema: { type: 'string', pattern: '^\\d{1,15}$' } },
  'If-None-Match': { description: 'An ETag already held: 304 without a body while it still matches', schema: { type: 'string' } },
  'Last-Event-ID': { description: 'Resume after this log position (sent by EventSource on reconnect)', schema: { type: 'string', pattern: '^\\d{1,15}$' } },
};

/** Replaces the Swagger defaults with what each kind of operation really answers. */
export function describeOperations(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ??= {};
  Object.assign(schemas, RESPONSE_SCHEMAS);
  // Each problem status is one shared response: the document (and a generated client) stays small.
  const shared = (document.components.responses ??= {}) as Record<string, unknown>;
  for (const [status, description] of Object.entries(ERRORS)) {
    const retry = status === '429' || status === '503' ? RETRY_AFTER : {};
    shared[`Problem${status}`] = { description, headers: { ...RATE_LIMIT_HEADERS, ...retry }, content: { 'application/problem+json': { schema: ref('Problem') } } };
  }
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item as Record<string, Operation>)) {
      const kind = operation[OPERATION_KIND] as OperationKind | undefined;
      // A route without a kind keeps Swagger's defaults and is flagged: a spec fails on the flag.
      if (!kind) {
        operation[UNDESCRIBED] = 'declare CreateCommand, Command, EntityRead, ListRead, QueryRead or EventStream on the route';
        continue;
      }
      delete operation[OPERATION_KIND];
      describe(operation, kind, path);
    }
  }
  return document;
}

function describe(operation: Operation, kind: OperationKind, path: string): void {
  const hasBody = operation.requestBody !== undefined;
  const statuses = new Set<number>([401, 403, 429, ...(kind.also ?? [])]);
  const headers: string[] = [];
  const responses: Record<string, unknown> = {};
  const withRate = (extra: Record<string, unknown> = {}) => ({ ...RATE_LIMIT_HEADERS, ...extra });
  const etag = { ETag: { description: 'The entity tag; send it back in If-Match (commands) or If-None-Match (reads)', schema: { type: 'string' } } };
  if (kind.kind === 'create' || kind.kind === 'command') {
    if (kind.idempotent !== false) headers.push('Idempotency-Key');
    if (kind.ifMatch) {
      headers.push('If-Match');
      statuses.add(412);
    }
    [400, 409, 422].forEach((status) => statuses.add(status));
    if (path.includes('{')) statuses.add(404);
    if (hasBody) [413, 415].forEach((status) => statuses.add(status));
    const location = { Location: { description: 'Where the created entity is read', schema: { type: 'string' }, required: true } };
    responses[kind.kind === 'create' ? (kind.accepted ? '202' : '201') : '200'] = {
      description: kind.kind === 'create' ? (kind.accepted ? 'Accepted: the work continues in the background, its progress is at Location' : 'Created') : 'Done',
      // Every command answer carries its revision as ETag.
      headers: withRate({ ...(kind.idempotent === false ? {} : { ETag: { ...etag.ETag, required: true } }), ...(kind.kind === 'create' ? location : {}) }),
      content: { 'application/json': { schema: ref(kind.answer ?? 'CommandAnswer') } },
    };
    if (kind.kind === 'command' && kind.accepted) {
      responses['202'] = { description: 'Accepted: still running in the background; the answer so far, progress at Location', headers: withRate(location), content: { 'application/json': { schema: ref(kind.answer ?? 'CommandAnswer') } } };
    }
  } else if (kind.kind === 'stream') {
    headers.push('Last-Event-ID');
    statuses.add(400);
    responses['200'] = { description: 'A live text/event-stream of CloudEvents: `id` is the log position, `data` one CloudEvent', content: { 'text/event-stream': { schema: { type: 'string' } } } };
  } else {
    statuses.add(400);
    if (kind.minPosition) {
      headers.push('X-Min-Position');
      statuses.add(503);
    }
    const schema = kind.kind === 'list' ? pageOf(kind.answer!) : ref(kind.answer!);
    if (kind.kind === 'entity') {
      headers.push('If-None-Match');
      if (path.includes('{')) statuses.add(404);
      responses['304'] = { description: 'Not modified: the If-None-Match tag still matches', headers: withRate(etag) };
    }
    responses['200'] = { description: 'OK', headers: withRate(kind.kind === 'entity' ? etag : {}), content: { 'application/json': { schema } } };
  }
  for (const status of [...statuses].sort()) responses[String(status)] = { $ref: `#/components/responses/Problem${status}` };
  operation.responses = responses;
  const parameters = (operation.parameters ?? []).filter((parameter: { in: string; name: string }) => !(parameter.in === 'header' && parameter.name in HEADER_PARAMETERS));
  for (const name of headers) parameters.push({ name, in: 'header', required: false, ...HEADER_PARAMETERS[name as keyof typeof HEADER_PARAMETERS] });
  operation.parameters = parameters;
}

function pageOf(item: string) {
  return {
    type: 'object', required: ['items', 'nextCursor'], additionalProperties: false,
    properties: { items: { type: 'array', items: ref(item) }, nextCursor: { type: 'string', nullable: true, description: 'Pass as ?cursor= for the next page; null on the last' },
      total: { type: 'integer', minimum: 0, description: 'Every match, given only where an index counts it cheaply (never by a scan)' } },
  };
}

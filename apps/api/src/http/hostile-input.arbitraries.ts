import fc from 'fast-check';

/** Strings attackers try first: traversal, injection, operators, pollution, control and huge input. */
export const HOSTILE_STRINGS = [
  '', ' ', '../../etc/passwd', '..%2f..%2fetc%2fpasswd', '%00', '\u0000', '\u202e', '__proto__', 'constructor', 'prototype',
  '{"$gt":""}', '$where', 'this.a == this.b', "' OR '1'='1", '"; DROP TABLE events; --', '<script>alert(1)</script>',
  '${7*7}', '{{7*7}}', 'NaN', '-1', '1e309', '99999999999999999999', '0x10', 'null', 'undefined', 'true', '[]', '{}',
  'ﷺ'.repeat(40), '🙂'.repeat(100), 'a'.repeat(5000), 'crm_00000000-0000-4000-8000-000000000000_' + 'A'.repeat(43),
];

const hostile = fc.constantFrom(...HOSTILE_STRINGS);
const anyText = fc.oneof(hostile, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

/** Values for JSON fields: wrong types, operator objects, pollution keys, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    anyText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
    fc.constantFrom({ $gt: '' }, { $ne: null }, { $where: 'sleep(1000)' }, { $regex: '.*' }, { $in: [] }, { $expr: { $eq: [1, 1] } }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(anyText, fc.constantFrom('__proto__', 'constructor', 'prototype', '$where', '$gt')), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** Fields the routes know, so that mutated bodies get past the first checks and reach deeper code. */
const KNOWN_FIELDS = [
  'kind', 'name', 'emails', 'phones', 'country', 'partnerId', 'customerId', 'role', 'type', 'value', 'purpose', 'channel', 'granted',
  'direction', 'subject', 'summary', 'occurredAt', 'parentId', 'countries', 'duplicateIds', 'source', 'email', 'score', 'priority',
  'slaPolicyId', 'stage', 'amount', 'currency', 'pipelineId', 'reason', 'text', 'stages', 'workingHours', 'targets', 'timeZone',
  'allowDuplicate', 'basis', 'base', 'quote', 'rate', 'effectiveAt', 'title', 'assignee', 'on', 'model', 'agent', 'language',
];
/** Fields nobody may set: mass-assignment attempts. */
const FORBIDDEN_FIELDS = ['_id', 'revision', 'position', 'actor', 'secretHash', 'keyId', 'createdAt', 'revokedAt', 'isAdmin', 'metadata', 'recordedAt', '_position'];

/** Well-formed bodies of the main commands, so that one mutated field reaches deciders and handlers. */
export const TEMPLATES: Record<string, Record<string, unknown>> = {
  'POST /v1/customers': { kind: 'person', name: 'Fuzz Person', emails: ['fuzz@example.com'], country: 'DE', allowDuplicate: true },
  'PATCH /v1/customers/:id': { name: 'Renamed', country: 'FR', timeZone: 'Europe/Paris' },
  'POST /v1/customers/:id/contact-points': { type: 'email', value: 'second@example.com' },
  'POST /v1/customers/:id/consents': { purpose: 'marketing', channel: 'email', granted: true, source: 'web' },
  'POST /v1/customers/:id/interactions': { channel: 'phone', direction: 'inbound', subject: 'hello', summary: 'text' },
  'POST /v1/partners': { name: 'Fuzz Partner', kind: 'bottler', countries: ['IR'] },
  'POST /v1/api-keys': { role: 'viewer', name: 'fuzz key' },
  'POST /v1/feedback': { kind: 'nps', score: 7 },
  'POST /v1/leads': { name: 'Fuzz Lead', email: 'lead@example.com', source: 'web' },
};

/** One field replaced, added (known or forbidden) or removed; `keep` leaves the template whole. */
export const mutation = fc.record({
  keep: fc.boolean(),
  field: fc.constantFrom(...KNOWN_FIELDS, ...FORBIDDEN_FIELDS),
  value: fc.option(hostileValue, { nil: undefined }),
});

export function mutate(template: Record<string, unknown>, m: { keep: boolean; field: string; value: unknown }): string {
  const body: Record<string, unknown> = { ...template };
  if (m.keep) return JSON.stringify(body);
  if (m.value === undefined) delete body[m.field];
  else body[m.field] = m.value;
  return JSON.stringify(body);
}

export const hostileBody: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.dictionary(fc.constantFrom(...KNOWN_FIELDS, ...FORBIDDEN_FIELDS), hostileValue, { maxKeys: 6 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '[{"__proto__":{"polluted":true}}]',
    '{"kind":"person","name":"x","__proto__":{"isAdmin":true}}', '{"name":"x","constructor":{"prototype":{"role":"admin"}}}',
    '{"kind":"person","name":"Mass","revision":99,"_id":"x","actor":"key:root"}', '{"role":"admin","name":"esc","keyId":"00000000-0000-4000-8000-000000000000"}',
    '{', '{"a":', '[1,2', 'null', '""', '1e999999', '{"a":"\\ud800"}', `{"deep":${'['.repeat(200)}${']'.repeat(200)}}`,
    JSON.stringify({ kind: 'person', name: 'x'.repeat(20_000) }),
  ),
);

const QUERY_KEYS = [
  'q', 'email', 'phone', 'country', 'partnerId', 'segmentId', 'limit', 'cursor', 'after', 'type', 'asOf', 'knownAt', 'from', 'to',
  'actorId', 'subjectId', 'purpose', 'channel', 'at', 'status', 'breached', 'currency', 'by', 'stages', 'parentId', 'period', 'version',
  'q[$ne]', 'email[$gt]', 'partnerId[$where]', '$where', '__proto__[polluted]', 'constructor[prototype][polluted]', 'limit[]', 'q[]',
];

export const hostileQuery: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...QUERY_KEYS), fc.oneof(anyText, fc.integer().map(String))), { maxLength: 4 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(v)}`).join('&'));

export const hostileId = (known: string[]): fc.Arbitrary<string> => fc.oneof(fc.constantFrom(...known), fc.uuid(), anyText);

export const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', ''];
export const HEADER_VALUES = fc.oneof(hostile, fc.string({ maxLength: 30 })).filter((s) => /^[\x20-\x7e]*$/.test(s));

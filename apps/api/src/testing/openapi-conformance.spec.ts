import { Response } from 'supertest';
import { OpenApiConformance } from './openapi-conformance';

const document = {
  paths: {
    '/v1/things/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true }, { name: 'asOf', in: 'query' }],
        responses: {
          '200': { headers: { ETag: { required: true, schema: { type: 'string' } } }, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          '404': { content: { 'application/problem+json': { schema: { type: 'object', required: ['status'] } } } },
        },
      },
    },
    '/v1/things/special': { get: { responses: { '200': { description: 'OK' } } } },
  },
  components: { schemas: { Thing: { type: 'object', required: ['thingId'], properties: { thingId: { type: 'string' }, note: { type: 'string', nullable: true } } } } },
};

const answer = (status: number, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  ({ status, body, headers, text: body === undefined ? '' : JSON.stringify(body) }) as unknown as Response;

describe('checking a response against an OpenAPI document', () => {
  const conformance = new OpenApiConformance(document);

  it('accepts a response that matches its declared status, headers and schema, nullable fields included', () => {
    expect(conformance.check('GET', '/v1/things/7', answer(200, { thingId: '7', note: null }, { 'content-type': 'application/json', etag: '"1"' }))).toEqual([]);
  });

  it('names an undeclared status, a missing required header and a body that breaks its schema', () => {
    expect(conformance.check('GET', '/v1/things/7', answer(500, {}))).toEqual([expect.stringContaining('status 500 is not declared')]);
    const problems = conformance.check('GET', '/v1/things/7', answer(200, { note: 3 }));
    expect(problems).toEqual(expect.arrayContaining([
      'header ETag is required but absent', expect.stringContaining("must have required property 'thingId'"), expect.stringContaining('/note must be string'),
    ]));
  });

  it('names a media type the status does not declare and a query parameter the operation does not declare', () => {
    expect(conformance.check('GET', '/v1/things/7', answer(404, { status: 404 }))).toEqual([expect.stringContaining('media type application/json is not declared')]);
    expect(conformance.check('GET', '/v1/things/7?asOf=x&secret=1', answer(404, { status: 404 }, { 'content-type': 'application/problem+json' }))).toEqual(['query parameter secret is not declared']);
  });

  it('matches a literal path segment before a parameter, as the router does, and counts the declared statuses it saw', () => {
    expect(conformance.operationOf('GET', '/v1/things/special')).toBe('GET /v1/things/special');
    expect(() => conformance.operationOf('DELETE', '/v1/things/7')).toThrow('no operation of the document');
    expect(conformance.seen.get('GET /v1/things/{id}')).toEqual(new Set([200, 404]));
  });
});

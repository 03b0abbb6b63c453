import { Response } from 'supertest';

type Ok = (method: string, url: string, options?: { body?: unknown; headers?: Record<string, string> }) => Promise<Response>;

/** Segments: define, change, read, list members (now, as of, with consent), and the customer list by segment. */
export async function driveMarketingOperations(ok: Ok): Promise<void> {
  const rule = { all: [{ field: 'country', op: 'eq', value: 'IR' }, { any: [{ field: 'lastNps', op: 'gte', value: 9 }, { field: 'lifecycleStage', op: 'in', value: ['customer', 'advocate'] }] }] };
  const defined = await ok('POST', '/v1/segments', { body: { name: 'Iranian promoters', rule } });
  const id = defined.body.id as string;
  await ok('PATCH', `/v1/segments/${id}`, { body: { name: 'Iranian promoters and customers' }, headers: { 'If-Match': defined.headers.etag } });
  await ok('GET', `/v1/segments/${id}`);
  await ok('GET', '/v1/segments');
  await ok('GET', `/v1/segments/${id}/members?purpose=marketing&channel=email&limit=10`);
  await ok('GET', `/v1/segments/${id}/members?asOf=${encodeURIComponent(new Date().toISOString())}`);
  await ok('GET', `/v1/customers?segmentId=${id}`);
}

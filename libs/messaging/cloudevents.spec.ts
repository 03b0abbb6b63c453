import fc from 'fast-check';
import { EventEnvelope } from '../event-store/envelope';
import { fromCloudEvent, InvalidCloudEventError, toCloudEvent } from './cloudevents';

const CONTEXT_ATTRIBUTES = ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'data', 'dataschema'];

function envelope(overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    eventId: '0190a7e2-5c1b-7b7e-9c1a-4a1f0c0d0e01',
    type: 'crm.customer.registered',
    schemaVersion: 2,
    data: { kind: 'person', country: 'IR' },
    personal: { name: 'سارا احمدی', emails: ['sara@example.com'] },
    subjectId: 'cus_123',
    occurredAt: '2024-03-03T09:15:00.000+03:30',
    metadata: {
      actor: 'key_7',
      correlationId: 'corr-1',
      causationId: 'cause-1',
      idempotencyKey: 'idem-1',
      requestHash: 'sha256:ab',
      source: 'api',
    },
    streamId: 'customer-cus_123',
    revision: 0,
    position: 42,
    recordedAt: '2024-03-03T05:45:01.123Z',
    ...overrides,
  };
}

describe('CloudEvents mapping', () => {
  it('carries the envelope in the CloudEvents context attributes downstream consumers look for', () => {
    const ce = toCloudEvent(envelope());
    expect(ce).toMatchObject({
      specversion: '1.0',
      id: '0190a7e2-5c1b-7b7e-9c1a-4a1f0c0d0e01',
      source: '/crm/customer-cus_123',
      type: 'crm.customer.registered',
      subject: 'cus_123',
      time: '2024-03-03T09:15:00.000+03:30',
      datacontenttype: 'application/json',
      data: { data: { kind: 'person', country: 'IR' }, personal: { name: 'سارا احمدی', emails: ['sara@example.com'] } },
      position: 42,
      recordedat: '2024-03-03T05:45:01.123Z',
      origin: 'api',
    });
  });

  it('uses the configured service URI as source when one is given', () => {
    expect(toCloudEvent(envelope(), { source: 'https://crm.example.com' }).source).toBe('https://crm.example.com');
  });

  it('names every extension attribute as the spec allows: lower-case alphanumerics, at most 20 characters', () => {
    const extensions = Object.keys(toCloudEvent(envelope())).filter((k) => !CONTEXT_ATTRIBUTES.includes(k));
    expect(extensions.length).toBeGreaterThan(5);
    for (const name of extensions) expect(name).toMatch(/^[a-z0-9]{1,20}$/);
  });

  it('gives back the identical envelope after a trip through JSON text', () => {
    const original = envelope();
    expect(fromCloudEvent(JSON.stringify(toCloudEvent(original)))).toStrictEqual(original);
  });

  it("carries the writing command's trace context as the distributed-tracing extension `traceparent`", () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const traced = envelope({ metadata: { ...envelope().metadata, traceparent } });
    expect(toCloudEvent(traced).traceparent).toBe(traceparent);
    expect(fromCloudEvent(JSON.stringify(toCloudEvent(traced)))).toStrictEqual(traced);
    expect(toCloudEvent(envelope())).not.toHaveProperty('traceparent');
  });

  it('leaves optional fields absent rather than undefined when the event has none', () => {
    const minimal = envelope({ personal: undefined, subjectId: undefined });
    delete minimal.personal;
    delete minimal.subjectId;
    minimal.metadata = { actor: 'system', correlationId: 'c', source: 'system' };
    const ce = toCloudEvent(minimal);
    for (const absent of ['subject', 'causationid', 'idempotencykey', 'requesthash']) expect(ce).not.toHaveProperty(absent);
    expect(ce.data).not.toHaveProperty('personal');
    expect(fromCloudEvent(Buffer.from(JSON.stringify(ce)))).toStrictEqual(minimal);
  });

  it('sends positions beyond the 32-bit CloudEvents Integer as strings and reads them back as numbers', () => {
    const big = envelope({ position: 2 ** 40, revision: 2 ** 31 });
    const ce = toCloudEvent(big);
    expect(ce.position).toBe(String(2 ** 40));
    expect(fromCloudEvent(JSON.stringify(ce))).toStrictEqual(big);
  });

  it('round-trips any envelope', () => {
    const text = fc.string({ unit: 'grapheme' });
    const json = fc.dictionary(fc.string(), fc.jsonValue()) as fc.Arbitrary<Record<string, unknown>>;
    fc.assert(
      fc.property(
        fc.record({
          eventId: fc.uuid(),
          type: text,
          schemaVersion: fc.nat(),
          data: json,
          personal: fc.option(json, { nil: undefined }),
          subjectId: fc.option(text, { nil: undefined }),
          streamId: text,
          revision: fc.nat(),
          position: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
          actor: text,
        }),
        ({ actor, ...fields }) => {
          const original = envelope({ ...fields, metadata: { actor, correlationId: 'c', source: 'import' } });
          if (fields.personal === undefined) delete original.personal;
          if (fields.subjectId === undefined) delete original.subjectId;
          const back = fromCloudEvent(JSON.parse(JSON.stringify(toCloudEvent(original))));
          expect(back).toEqual(JSON.parse(JSON.stringify(original)));
        },
      ),
    );
  });

  it('refuses messages that are not CloudEvents 1.0 of ours, saying why', () => {
    expect(() => fromCloudEvent('{not json')).toThrow(InvalidCloudEventError);
    expect(() => fromCloudEvent({ ...toCloudEvent(envelope()), specversion: '0.3' })).toThrow(/specversion/);
    expect(() => fromCloudEvent({ ...toCloudEvent(envelope()), position: 'x' })).toThrow(/position/);
  });
});

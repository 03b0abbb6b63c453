import { NewEvent } from '../envelope';
import { ANY, NO_STREAM, RecordedEvent, START, STREAM_EXISTS } from './esdb-client';
import {
  isEnvelopeShaped,
  isSystemOrLink,
  toActualRevision,
  toClientConnectionString,
  toEnvelope,
  toExpectedRevision,
  toJsonEvent,
  toReadPosition,
  toSafeNumber,
} from './esdb-mapping';

const event: NewEvent = {
  eventId: '0b9a4d0e-54f4-4c39-9d7c-3b1a4b0a7f10',
  type: 'crm.customer.registered',
  schemaVersion: 2,
  subjectId: 'cus-1',
  occurredAt: '2026-03-03T10:00:00.000+03:30',
  data: { kind: 'person', country: 'IR' },
  personal: { name: 'سارا احمدی' },
  metadata: { actor: 'key-1', correlationId: 'corr-1', causationId: 'cause-1', source: 'api' },
};

/** What the server hands back for an event written with `toJsonEvent`. */
function recorded(overrides: Partial<RecordedEvent> = {}): RecordedEvent {
  const written = toJsonEvent(event);
  return {
    streamId: 'customer-cus-1',
    id: written.id,
    isJson: true,
    revision: 4n,
    type: written.type,
    created: new Date('2026-03-03T06:31:02.123Z'),
    data: written.data,
    metadata: written.metadata,
    position: { commit: 123456n, prepare: 123456n },
    ...overrides,
  } as RecordedEvent;
}

describe('EventStoreDB event mapping', () => {
  it('writes the event id, type, body with personal data apart, and the envelope metadata', () => {
    expect(toJsonEvent(event)).toEqual({
      id: event.eventId,
      contentType: 'application/json',
      type: 'crm.customer.registered',
      data: { data: { kind: 'person', country: 'IR' }, personal: { name: 'سارا احمدی' } },
      metadata: {
        schemaVersion: 2,
        subjectId: 'cus-1',
        occurredAt: '2026-03-03T10:00:00.000+03:30',
        metadata: event.metadata,
        $correlationId: 'corr-1',
        $causationId: 'cause-1',
      },
    });
  });

  it('leaves out personal data and subject when the event has none', () => {
    const { personal: _p, subjectId: _s, ...plain } = event;
    const written = toJsonEvent(plain);
    expect(written.data).toEqual({ data: plain.data });
    expect(written.metadata).not.toHaveProperty('subjectId');
  });

  it('reads back the full envelope with revision, position and recordedAt from the server', () => {
    expect(toEnvelope(recorded())).toEqual({
      ...event,
      streamId: 'customer-cus-1',
      revision: 4,
      position: 123456,
      recordedAt: '2026-03-03T06:31:02.123Z',
    });
  });

  it('round-trips an event without personal data or subject without inventing them', () => {
    const { personal: _p, subjectId: _s, ...plain } = event;
    const written = toJsonEvent(plain);
    const envelope = toEnvelope(recorded({ data: written.data, metadata: written.metadata } as Partial<RecordedEvent>));
    expect(envelope).not.toHaveProperty('personal');
    expect(envelope).not.toHaveProperty('subjectId');
  });

  it('refuses an event that came without a log position, naming the server version needed', () => {
    expect(() => toEnvelope(recorded({ position: undefined }))).toThrow('22.10');
  });

  it('refuses to read as an envelope an event another application wrote', () => {
    const foreign = recorded({ data: { hello: 'world' }, metadata: undefined } as Partial<RecordedEvent>);
    expect(isEnvelopeShaped(foreign)).toBe(false);
    expect(() => toEnvelope(foreign)).toThrow('not written by this event store');
  });

  it('tells system and link events apart from domain events', () => {
    expect(isSystemOrLink('$>')).toBe(true);
    expect(isSystemOrLink('$statsCollected')).toBe(true);
    expect(isSystemOrLink('crm.customer.registered')).toBe(false);
    expect(isEnvelopeShaped(recorded({ type: '$metadata' } as Partial<RecordedEvent>))).toBe(false);
  });
});

describe('EventStoreDB revisions and positions', () => {
  it('maps each expected revision to the client constant or a bigint', () => {
    expect(toExpectedRevision('any')).toBe(ANY);
    expect(toExpectedRevision('no-stream')).toBe(NO_STREAM);
    expect(toExpectedRevision('stream-exists')).toBe(STREAM_EXISTS);
    expect(toExpectedRevision(0)).toBe(0n);
    expect(toExpectedRevision(41)).toBe(41n);
  });

  it('refuses -1 and fractions as expected revisions, since no-stream says that', () => {
    expect(() => toExpectedRevision(-1)).toThrow(RangeError);
    expect(() => toExpectedRevision(1.5)).toThrow(RangeError);
  });

  it('reports the actual revision of a conflict, -1 when the stream does not exist', () => {
    expect(toActualRevision(7n)).toBe(7);
    expect(toActualRevision(NO_STREAM)).toBe(-1);
    expect(toActualRevision(undefined)).toBe(-1);
  });

  it('reads $all from the start for position 0 and from the exact event otherwise', () => {
    expect(toReadPosition(0)).toBe(START);
    expect(toReadPosition(987)).toEqual({ commit: 987n, prepare: 987n });
    expect(() => toReadPosition(-3)).toThrow(RangeError);
  });

  it('refuses a bigint that a number cannot hold exactly', () => {
    expect(toSafeNumber(9007199254740991n, 'position')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toSafeNumber(9007199254740992n, 'position')).toThrow(RangeError);
  });
});

describe('EventStoreDB connection strings', () => {
  it('accepts esdb URLs as they are and rewrites kurrentdb ones for the installed client', () => {
    expect(toClientConnectionString('esdb://localhost:2113?tls=false')).toBe('esdb://localhost:2113?tls=false');
    expect(toClientConnectionString('kurrentdb://a:2113?tls=false')).toBe('esdb://a:2113?tls=false');
    expect(toClientConnectionString('kurrentdb+discover://a:2113')).toBe('esdb+discover://a:2113');
  });

  it('refuses any other scheme with a line that names EVENTSTORE_URL', () => {
    expect(() => toClientConnectionString('http://localhost:2113')).toThrow('EVENTSTORE_URL');
  });
});

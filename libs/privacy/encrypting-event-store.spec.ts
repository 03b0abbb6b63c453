import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../event-store/sqlite-event-store';
import { NewEvent } from '../event-store/envelope';
import { InMemoryEventStore } from '../read-models/testing/in-memory-event-store';
import { EncryptingEventStore } from './encrypting-event-store';
import { seal, unseal } from './personal-cipher';
import { inMemorySubjectKeys } from './keys/testing/subject-keys-for-tests';

const registered = (subjectId: string, eventId: string, name: string): NewEvent => ({
  eventId, type: 'crm.customer.registered', schemaVersion: 1, subjectId, occurredAt: '2026-03-01T00:00:00.000Z',
  data: { customerId: subjectId, kind: 'person' }, personal: { name },
  metadata: { actor: 'test', correlationId: 'c', source: 'api' },
});

describe('sealing personal fields per data subject', () => {
  const setUp = () => {
    const raw = new InMemoryEventStore();
    const keys = inMemorySubjectKeys();
    return { raw, keys, store: new EncryptingEventStore(raw, keys) };
  };

  it('stores ciphertext and gives the plain fields back to readers', async () => {
    const { raw, store } = setUp();
    await store.append('customer-a', [registered('a', 'e1', 'Ljubica Šimić')], 'no-stream');
    expect(JSON.stringify(await raw.readStream('customer-a'))).not.toContain('Ljubica');
    expect((await store.readStream('customer-a'))[0].personal).toEqual({ name: 'Ljubica Šimić' });
  });

  it('gives each subject its own key, so erasing one leaves the others readable', async () => {
    const { keys, store } = setUp();
    await store.append('customer-a', [registered('a', 'e1', 'Ana')], 'no-stream');
    await store.append('customer-b', [registered('b', 'e2', 'Bea')], 'no-stream');
    await keys.destroy('a');
    const [a, b] = await store.readAll({ after: 0, limit: 10 });
    expect(a.personal).toBeUndefined();
    expect(a.personalErased).toBe(true);
    expect(a.data).toEqual({ customerId: 'a', kind: 'person' });
    expect(b.personal).toEqual({ name: 'Bea' });
  });

  it('drops personal fields appended for a subject that was already erased', async () => {
    const { raw, keys, store } = setUp();
    await keys.destroy('a');
    await store.append('customer-a', [registered('a', 'e1', 'Too Late')], 'no-stream');
    expect(JSON.stringify(await raw.readAll({ after: 0, limit: 10 }))).not.toContain('Too Late');
  });

  it('answers an append with the plain fields written, and a repeated append with what the log holds', async () => {
    // The SQLite log, which recognises a repeated event id (the double here appends it again).
    const keys = inMemorySubjectKeys();
    const dir = mkdtempSync(join(tmpdir(), 'crm-sealing-'));
    const raw = new SqliteEventStore(join(dir, 'events.db'));
    const store = new EncryptingEventStore(raw, keys);
    const first = await store.append('customer-a', [registered('a', 'e1', 'Ana')], 'no-stream');
    expect(first.events[0].personal).toEqual({ name: 'Ana' });
    const repeat = await store.append('customer-a', [registered('a', 'e1', 'Not Ana')], 'any');
    expect(repeat.events[0].personal).toEqual({ name: 'Ana' });
    await keys.destroy('b');
    const late = await store.append('customer-b', [registered('b', 'e2', 'Too Late')], 'no-stream');
    expect(late.events[0].personal).toBeUndefined();
    await raw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a ciphertext moved to another event', () => {
    const key = randomBytes(32);
    const sealed = seal({ name: 'x' }, key, 'event-1');
    expect(unseal(sealed, key, 'event-1')).toEqual({ name: 'x' });
    expect(() => unseal(sealed, key, 'event-2')).toThrow();
    expect(() => unseal(sealed, randomBytes(32), 'event-1')).toThrow();
  });
});

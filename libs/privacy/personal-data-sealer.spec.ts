import { EventEnvelope, NewEvent } from '../event-store/envelope';
import { InMemoryDocumentStore } from '../read-models/testing/in-memory-document-store';
import { PersonalDataSealer } from './personal-data-sealer';
import { inMemorySubjectKeys } from './keys/testing/subject-keys-for-tests';

const interaction = (subjectId: string, eventId: string, summary: string): NewEvent => ({
  eventId, type: 'crm.interaction.recorded', schemaVersion: 1, subjectId, occurredAt: '2026-03-01T00:00:00.000Z',
  data: { customerId: subjectId, channel: 'email' }, personal: { summary },
  metadata: { actor: 'test', correlationId: 'c', source: 'api' },
});

const recorded = (event: NewEvent, position: number): EventEnvelope => ({
  ...event, streamId: `customer-${event.subjectId}`, revision: 0, position, recordedAt: '2026-03-01T00:00:01.000Z',
});

describe('PersonalDataSealer', () => {
  it('opens events sealed by another process that shares the key store', async () => {
    const documents = new InMemoryDocumentStore();
    const writer = new PersonalDataSealer(inMemorySubjectKeys(documents));
    const sealed = recorded(await writer.seal(interaction('a', 'e1', 'Grüße aus Köln')), 1);
    expect(JSON.stringify(sealed)).not.toContain('Köln');

    const reader = new PersonalDataSealer(inMemorySubjectKeys(documents));
    const [opened] = await reader.open([sealed]);
    expect(opened.personal).toEqual({ summary: 'Grüße aus Köln' });
  });

  it('answers an erased subject’s events without personal fields, marked as erased', async () => {
    const keys = inMemorySubjectKeys();
    const sealer = new PersonalDataSealer(keys);
    const sealed = recorded(await sealer.seal(interaction('a', 'e1', 'secret')), 1);
    await keys.destroy('a');
    const [opened] = await sealer.open([sealed]);
    expect(opened.personal).toBeUndefined();
    expect(opened.personalErased).toBe(true);
    expect(opened.data).toEqual({ customerId: 'a', channel: 'email' });
  });
});

describe('PersonalDataSealer and the inventory', () => {
  it('refuses to store a personal field the inventory does not classify', async () => {
    const sealer = new PersonalDataSealer(inMemorySubjectKeys());
    const event = { ...interaction('a', 'e1', 'fine'), personal: { summary: 'fine', mood: 'grumpy' } };
    await expect(sealer.seal(event)).rejects.toThrow('mood');
  });
});

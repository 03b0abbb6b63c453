import { EnvelopeLog } from '../testing/event-fixtures';
import { given } from '../testing/projection-spec';
import { customer360Projection } from './customer-360.projection';

const story = (log: EnvelopeLog) => [
  log.customer('dup', 'registered', { kind: 'person' }, { name: 'Sara Ahmadi', contactPoints: [{ id: 'cp1', type: 'email', value: 'sara@old.example' }], addresses: [], externalRefs: [] }, '2024-03-01T10:00:00.000Z'),
  log.customer('srv', 'registered', { kind: 'person' }, { name: 'سارا احمدی', contactPoints: [], addresses: [], externalRefs: [] }, '2024-03-01T11:00:00.000Z'),
  log.interaction('i1', 'dup', 'phone', '2024-03-02T10:00:00.000Z', 'before the merge'),
];
const merge = (log: EnvelopeLog) => [
  log.customer('dup', 'merged-into', { survivorId: 'srv', mergeId: 'm1' }, undefined, '2024-03-05T00:00:00.000Z'),
  log.customer('srv', 'absorbed', { duplicateId: 'dup', mergeId: 'm1' }, undefined, '2024-03-05T00:00:00.000Z'),
];
const unmerge = (log: EnvelopeLog) => [
  log.customer('srv', 'released', { duplicateId: 'dup', mergeId: 'm1' }, undefined, '2024-03-09T00:00:00.000Z'),
  log.customer('dup', 'unmerged', { survivorId: 'srv', mergeId: 'm1' }, undefined, '2024-03-09T00:00:00.000Z'),
];
const withoutBookkeeping = (doc: Record<string, unknown> | undefined) => {
  const { _position, revision: _revision, updatedAt: _updatedAt, ...rest } = doc ?? {};
  return rest;
};

describe('customer-360 projection of merges', () => {
  it('marks the duplicate as merged into the survivor and the survivor as having absorbed it', () => {
    const log = new EnvelopeLog();
    const docs = given(customer360Projection, [...story(log), ...merge(log)]);
    expect(docs.get('dup')).toMatchObject({ mergedInto: 'srv', emails: ['sara@old.example'], revision: 1 });
    expect(docs.get('srv')).toMatchObject({ absorbed: ['dup'], revision: 1 });
  });

  it('leaves both records as they were before the merge once it is undone', () => {
    const before = given(customer360Projection, story(new EnvelopeLog()));
    const log = new EnvelopeLog();
    const after = given(customer360Projection, [...story(log), ...merge(log), ...unmerge(log)]);
    for (const id of ['dup', 'srv']) expect(withoutBookkeeping(after.get(id))).toEqual(withoutBookkeeping(before.get(id)));
    expect(after.get('dup')).toMatchObject({ revision: 2, updatedAt: '2024-03-09T00:00:00.000Z' });
  });

  it('ends with the same documents when merge events are replayed', () => {
    const log = new EnvelopeLog();
    const events = [...story(log), ...merge(log)];
    expect(given(customer360Projection, [...events, ...events])).toEqual(given(customer360Projection, events));
  });

  it('keeps erasing the personal fields of a merged customer', () => {
    const log = new EnvelopeLog();
    const docs = given(customer360Projection, [...story(log), ...merge(log), log.customer('dup', 'erased', {}, undefined, '2024-03-06T00:00:00.000Z')]);
    expect(docs.get('dup')).toMatchObject({ mergedInto: 'srv', erased: true, name: null, emails: [], nameTokens: [] });
    expect((docs.get('dup')!.sortKeys as { name: string }).name).toBe(''); // the name's sort key goes with it
  });
});

import { Doc, DocumentWrite } from '../document-store.port';
import { DocumentConflictError } from '../errors';
import { idsByCollection, planCommit, StoredPositions } from './commit-plan';

const doc = (id: string, position: number, fields: Record<string, unknown> = {}): Doc => ({ _id: id, _position: position, ...fields });
const w = (collection: string, d: Doc, ifPosition?: number): DocumentWrite => ({ collection, doc: d, ifPosition });
const stored = (entries: Record<string, Record<string, number>>): StoredPositions =>
  new Map(Object.entries(entries).map(([name, docs]) => [name, new Map(Object.entries(docs))]));

describe('planCommit', () => {
  it('leaves out writes that are not newer than the stored document', () => {
    const plan = planCommit([w('c', doc('a', 5)), w('c', doc('b', 2))], stored({ c: { a: 5, b: 1 } }));
    expect(plan.get('c')).toEqual([{ kind: 'guarded', doc: doc('b', 2) }]);
  });

  it('keeps the first of the highest positions when a commit writes one document several times', () => {
    const plan = planCommit([w('c', doc('a', 3, { v: 1 })), w('c', doc('a', 7, { v: 2 })), w('c', doc('a', 7, { v: 3 })), w('c', doc('a', 4))], new Map());
    expect(plan.get('c')).toEqual([{ kind: 'guarded', doc: doc('a', 7, { v: 2 }) }]);
  });

  it('turns ifPosition into a compare-and-set on the stored state, absent meaning 0', () => {
    const plan = planCommit([w('c', doc('a', 9), 5), w('c', doc('n', 1), 0)], stored({ c: { a: 5 } }));
    expect(plan.get('c')).toEqual([{ kind: 'expect', doc: doc('a', 9), stored: 5 }, { kind: 'expect', doc: doc('n', 1), stored: null }]);
  });

  it('lets ifPosition move a document back, as a repair may need to', () => {
    const plan = planCommit([w('c', doc('a', 2), 5)], stored({ c: { a: 5 } }));
    expect(plan.get('c')).toEqual([{ kind: 'expect', doc: doc('a', 2), stored: 5 }]);
  });

  it('rejects the whole commit before any write when an ifPosition does not hold', () => {
    const writes = [w('other', doc('y', 1)), w('c', doc('a', 9), 4)];
    expect(() => planCommit(writes, stored({ c: { a: 5 } }))).toThrow(DocumentConflictError);
    expect(() => planCommit([w('c', doc('z', 2), 0)], stored({ c: { z: 1 } }))).toThrow(/expected 0/);
  });

  it('keeps the compare-and-set precondition when a later write of the same document follows', () => {
    const plan = planCommit([w('c', doc('a', 6), 5), w('c', doc('a', 8, { last: true }))], stored({ c: { a: 5 } }));
    expect(plan.get('c')).toEqual([{ kind: 'expect', doc: doc('a', 8, { last: true }), stored: 5 }]);
    const chained = planCommit([w('c', doc('a', 6)), w('c', doc('a', 7), 6)], stored({ c: { a: 5 } }));
    expect(chained.get('c')).toEqual([{ kind: 'expect', doc: doc('a', 7), stored: 5 }]);
  });

  it('puts the checkpoint collection last so documents are written before their checkpoint', () => {
    const plan = planCommit([w('projection_checkpoints', doc('p', 3)), w('customers', doc('a', 3)), w('parked', doc('e', 3))], new Map(), 'projection_checkpoints');
    expect([...plan.keys()]).toEqual(['customers', 'parked', 'projection_checkpoints']);
  });

  it('stores documents as JSON would, so both deployments read the same values', () => {
    const at = new Date('2024-03-03T10:00:00.000Z');
    const plan = planCommit([w('c', doc('a', 1, { at, gone: undefined }))], new Map());
    expect(plan.get('c')![0].doc).toEqual({ _id: 'a', _position: 1, at: '2024-03-03T10:00:00.000Z' });
  });
});

describe('idsByCollection', () => {
  it('lists each document once per collection', () => {
    const ids = idsByCollection([w('c', doc('a', 1)), w('c', doc('a', 2)), w('d', doc('a', 1)), w('c', doc('b', 1))]);
    expect([...ids]).toEqual([['c', ['a', 'b']], ['d', ['a']]]);
  });

  it('refuses bad collection names and documents before anything reaches the server', () => {
    expect(() => idsByCollection([w('a$b', doc('a', 1))])).toThrow(/invalid collection name/);
    expect(() => idsByCollection([w('c', { _id: '', _position: 1 })])).toThrow(/string _id/);
    expect(() => idsByCollection([w('c', { _id: 'a', _position: Number.NaN })])).toThrow(/numeric _position/);
  });
});

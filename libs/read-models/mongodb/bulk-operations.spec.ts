import fc from 'fast-check';
import { Doc, DocumentWrite } from '../document-store.port';
import { InMemoryDocumentStore } from '../testing/in-memory-document-store';
import { DUPLICATE_KEY, isIdDuplicate, outcomeOf, toBulkOperation, writeErrorsOf } from './bulk-operations';
import { planCommit, StoredPositions } from './commit-plan';

const doc = (id: string, position: number): Doc => ({ _id: id, _position: position });
const idDuplicate = { code: DUPLICATE_KEY, index: 0, errmsg: 'E11000 duplicate key error collection: crm.c index: _id_ dup key: { _id: "a" }', keyPattern: { _id: 1 } };
const emailDuplicate = { code: DUPLICATE_KEY, index: 0, errmsg: 'E11000 duplicate key error collection: crm.c index: email_1 dup key: { email: "a@example.com" }' };

describe('toBulkOperation', () => {
  it('writes a guarded document as an upsert that only matches a lower stored position', () => {
    expect(toBulkOperation({ kind: 'guarded', doc: doc('a', 7) })).toEqual({
      replaceOne: { filter: { _id: 'a', _position: { $lt: 7 } }, replacement: doc('a', 7), upsert: true },
    });
  });

  it('writes a compare-and-set as an exact-position replace, or an insert when it expects no document', () => {
    expect(toBulkOperation({ kind: 'expect', doc: doc('a', 9), stored: 5 })).toEqual({ replaceOne: { filter: { _id: 'a', _position: 5 }, replacement: doc('a', 9) } });
    expect(toBulkOperation({ kind: 'expect', doc: doc('a', 1), stored: null })).toEqual({ insertOne: { document: doc('a', 1) } });
  });
});

describe('reading write errors', () => {
  it('tells the _id index from a unique read-model index, with or without keyPattern', () => {
    expect(isIdDuplicate(idDuplicate)).toBe(true);
    expect(isIdDuplicate({ ...idDuplicate, keyPattern: undefined })).toBe(true);
    expect(isIdDuplicate(emailDuplicate)).toBe(false);
    expect(isIdDuplicate({ ...emailDuplicate, keyPattern: { email: 1 } })).toBe(false);
    expect(isIdDuplicate({ index: 0, err: { keyPattern: { _id: 1 } }, code: DUPLICATE_KEY })).toBe(true);
  });

  it('skips a guarded write that met a newer document, and treats the same error on a compare-and-set as a conflict', () => {
    expect(outcomeOf(idDuplicate, { kind: 'guarded', doc: doc('a', 3) })).toBe('skipped');
    expect(outcomeOf(idDuplicate, { kind: 'expect', doc: doc('a', 3), stored: null })).toBe('conflict');
    expect(outcomeOf(emailDuplicate, { kind: 'guarded', doc: doc('a', 3) })).toBe('duplicate');
    expect(outcomeOf({ code: 112, index: 0 }, { kind: 'guarded', doc: doc('a', 3) })).toBe('error');
  });

  it('reads one write error or several', () => {
    expect(writeErrorsOf({ writeErrors: idDuplicate })).toEqual([idDuplicate]);
    expect(writeErrorsOf({ writeErrors: [idDuplicate, emailDuplicate] })).toHaveLength(2);
    expect(writeErrorsOf(new Error('network'))).toEqual([]);
  });
});

/** A model of how MongoDB runs the two operations we emit, against one collection. */
function runOnModel(docs: Map<string, Doc>, op: ReturnType<typeof toBulkOperation>): void {
  if ('insertOne' in op) {
    const d = op.insertOne.document as Doc;
    if (docs.has(d._id)) throw new Error('E11000 _id');
    docs.set(d._id, d);
    return;
  }
  if (!('replaceOne' in op)) throw new Error('unexpected operation');
  const { filter, replacement, upsert } = op.replaceOne as { filter: { _id: string; _position: number | { $lt: number } }; replacement: Doc; upsert?: boolean };
  const current = docs.get(filter._id);
  const matches = current !== undefined && (typeof filter._position === 'number' ? current._position === filter._position : current._position < filter._position.$lt);
  if (matches) docs.set(filter._id, replacement);
  else if (upsert && current !== undefined) return; // E11000 on _id: newer or equal, skipped
  else if (upsert) docs.set(filter._id, replacement);
  else throw new Error('compare-and-set matched nothing');
}

describe('planned operations against the reference semantics', () => {
  const write = fc.record({
    id: fc.constantFrom('a', 'b', 'c'),
    position: fc.integer({ min: 1, max: 6 }),
    tag: fc.integer(),
    ifPosition: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  });

  it('end in the same documents as the in-memory store for any sequence of commits', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.array(write, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), async (commits) => {
      const reference = new InMemoryDocumentStore();
      const model = new Map<string, Doc>();
      for (const commit of commits) {
        const writes: DocumentWrite[] = commit.map((x) => ({ collection: 'c', doc: { _id: x.id, _position: x.position, tag: x.tag }, ifPosition: x.ifPosition }));
        const referenceFailed = await reference.commit(writes).then(() => false, () => true);
        const stored: StoredPositions = new Map([['c', new Map([...model].map(([id, d]) => [id, d._position]))]]);
        let plan;
        try {
          plan = planCommit(writes, stored);
        } catch {
          expect(referenceFailed).toBe(true);
          continue;
        }
        expect(referenceFailed).toBe(false);
        for (const planned of plan.get('c') ?? []) runOnModel(model, toBulkOperation(planned));
      }
      const expected = await reference.collection('c').find({}, { sort: { _id: 1 } });
      expect([...model.values()].sort((x, y) => x._id.localeCompare(y._id))).toEqual(expected);
    }), { numRuns: 300 });
  });
});

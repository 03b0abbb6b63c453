import { describeIf } from '../../testing/engines/skip-notice';
import { Doc, DocumentStore, Filter, IndexSpec } from '../document-store.port';
import { DocumentConflictError, DuplicateKeyError } from '../errors';

type Open = () => Promise<{ store: DocumentStore; cleanup: () => Promise<void> }>;

const doc = (id: string, position: number, fields: Record<string, unknown> = {}): Doc => ({ _id: id, _position: position, ...fields });

const PEOPLE: Doc[] = [
  doc('p1', 1, { name: 'Alice Martin', age: 34, country: 'FR', tags: ['vip', 'newsletter'], address: { city: 'Paris' },
    contactPoints: [{ type: 'email', value: 'alice@example.com' }], scores: [{ kind: 'nps', value: 9 }] }),
  doc('p2', 2, { name: 'Bob Stone', age: 27, country: 'DE', tags: ['newsletter'], address: { city: 'Berlin' },
    contactPoints: [{ type: 'phone', value: '+4930123456' }], scores: [{ kind: 'nps', value: 4 }, { kind: 'csat', value: 5 }] }),
  doc('p3', 3, { name: 'Carla Mendes', age: 41, country: 'FR', tags: [], address: { city: 'Lyon' }, vatId: 'FR123',
    contactPoints: [{ type: 'email', value: 'carla@example.com' }, { type: 'phone', value: '+33412345678' }], scores: [] }),
  doc('p4', 4, { name: 'دارا رضایی', age: 52, country: 'IR', tags: ['vip'], address: { city: 'تهران' },
    contactPoints: [], scores: [{ kind: 'csat', value: 2 }] }),
];

const PEOPLE_INDEXES: IndexSpec[] = [
  { fields: { country: 1 } }, { fields: { age: 1 } }, { fields: { tags: 1 } }, { fields: { 'address.city': 1 } },
  { fields: { 'contactPoints.value': 1 } }, { fields: { country: 1, age: 1 } },
];

/**
 * What a server behind an adapter can do. MongoDB and the embedded adapters do all of it; a
 * MongoDB-protocol server that does less (FerretDB v1) runs the contract with the flags it lacks
 * off, and the tests that need them are skipped with a printed line (docs/mongodb.md lists them).
 */
export interface DocumentStoreCapabilities {
  /** A commit is one transaction: a unique-index refusal leaves nothing of it written. */
  multiDocumentTransactions: boolean;
  /** `partialFilterExpression` on indexes (the MongoDB adapter's unique indexes need it). */
  partialIndexes: boolean;
  /** `$elemMatch` with a query on the fields of sub-documents. */
  elemMatchOnSubdocuments: boolean;
  /** `$group` accumulators other than `$sum` and `$count` (`$avg`, `$push`, `$max`…). */
  groupAccumulatorsBeyondSum: boolean;
  /** A `$group` computes all its accumulators (FerretDB v1 computes the first, the others come back 0). */
  severalAccumulatorsPerGroup: boolean;
  /** `$group` sees every field of the documents `$unwind` produced (FerretDB v1 sums them as 0). */
  fieldsAfterUnwind: boolean;
  /** Aggregation expression operators (`$cond`, `$divide`, `$filter`…) and stages such as `$facet`. */
  aggregationExpressions: boolean;
  /** Concurrent guarded upserts of one document never lose the newest (the server applies each atomically). */
  atomicConditionalUpserts: boolean;
}

export const FULL_CAPABILITIES: DocumentStoreCapabilities = {
  multiDocumentTransactions: true, partialIndexes: true, elemMatchOnSubdocuments: true,
  groupAccumulatorsBeyondSum: true, severalAccumulatorsPerGroup: true, fieldsAfterUnwind: true, aggregationExpressions: true, atomicConditionalUpserts: true,
};

/**
 * The DocumentStore contract: MongoDB semantics only, so the same suite runs against the
 * embedded adapter and against a real MongoDB.
 */
export function describeDocumentStoreContract(adapterName: string, open: Open, can: DocumentStoreCapabilities = FULL_CAPABILITIES): void {
  const lacks = (what: string) => `${adapterName} lacks ${what}; run against MongoDB (MONGODB_URL) to cover it`;
  describe(`DocumentStore contract: ${adapterName}`, () => {
    let store: DocumentStore;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await open());
      await store.ensureIndexes('people_indexed', PEOPLE_INDEXES);
      await store.commit(PEOPLE.flatMap((d) => [{ collection: 'people_indexed', doc: d }, { collection: 'people_plain', doc: d }]));
    });
    afterEach(async () => cleanup());

    /** Same answer with and without indexes: an index may only make a query faster. */
    const ids = async (filter: Filter) => {
      const [indexed, plain] = await Promise.all(['people_indexed', 'people_plain'].map((c) => store.collection(c).find(filter)));
      const sorted = (docs: Doc[]) => docs.map((d) => d._id).sort();
      expect(sorted(indexed)).toEqual(sorted(plain));
      return sorted(indexed);
    };

    describe('writes', () => {
      it('returns a committed document exactly as written', async () => {
        const written = doc('x', 7, { nested: { list: [1, 'two', { three: true }], nothing: null }, n: 1.5 });
        await store.commit([{ collection: 'things', doc: written }]);
        expect(await store.collection('things').findOne({ _id: 'x' })).toEqual(written);
      });

      it('replaces a document only with a greater position, so it never moves backwards', async () => {
        await store.commit([{ collection: 'things', doc: doc('x', 5, { v: 'five' }) }]);
        await store.commit([{ collection: 'things', doc: doc('x', 3, { v: 'three' }) }]);
        await store.commit([{ collection: 'things', doc: doc('x', 5, { v: 'five again' }) }]);
        expect(await store.collection('things').findOne({ _id: 'x' })).toEqual(doc('x', 5, { v: 'five' }));
        await store.commit([{ collection: 'things', doc: doc('x', 6, { v: 'six' }) }]);
        expect((await store.collection('things').findOne({ _id: 'x' }))?.v).toBe('six');
      });

      it('keeps the guarded value of each document in a commit that mixes fresh and stale writes', async () => {
        await store.commit([{ collection: 'things', doc: doc('a', 10) }]);
        await store.commit([{ collection: 'things', doc: doc('a', 9, { stale: true }) }, { collection: 'things', doc: doc('b', 1) }]);
        expect(await store.collection('things').findOne({ _id: 'a' })).toEqual(doc('a', 10));
        expect(await store.collection('things').count({})).toBe(2);
      });

      it('commits documents of several collections together', async () => {
        await store.commit([{ collection: 'left', doc: doc('1', 1) }, { collection: 'right', doc: doc('1', 1) }]);
        expect(await store.collection('left').count({})).toBe(1);
        expect(await store.collection('right').count({})).toBe(1);
        expect(await store.listCollections()).toEqual(expect.arrayContaining(['left', 'right', 'people_plain']));
      });

      it('replaces through ifPosition only when the stored position is the expected one', async () => {
        await store.commit([{ collection: 'things', doc: doc('x', 5, { v: 1 }) }]);
        await store.commit([{ collection: 'things', doc: doc('x', 5, { v: 2 }), ifPosition: 5 }]);
        expect((await store.collection('things').findOne({ _id: 'x' }))?.v).toBe(2);
        await expect(store.commit([
          { collection: 'things', doc: doc('y', 1) },
          { collection: 'things', doc: doc('x', 9, { v: 3 }), ifPosition: 4 },
        ])).rejects.toThrow(DocumentConflictError);
        expect(await store.collection('things').findOne({ _id: 'y' })).toBeNull();
        await store.commit([{ collection: 'things', doc: doc('z', 1), ifPosition: 0 }]);
        await expect(store.commit([{ collection: 'things', doc: doc('z', 2), ifPosition: 0 }])).rejects.toThrow(DocumentConflictError);
      });

      it('finds a rewritten document by its new values only', async () => {
        const moved = { ...PEOPLE[0], _position: 10, country: 'PT', tags: ['newsletter', 'partner'] };
        await store.commit(['people_indexed', 'people_plain'].map((collection) => ({ collection, doc: moved })));
        expect(await ids({ country: 'FR' })).toEqual(['p3']);
        expect(await ids({ country: 'PT' })).toEqual(['p1']);
        expect(await ids({ tags: 'vip' })).toEqual(['p4']);
        expect(await ids({ tags: 'partner' })).toEqual(['p1']);
        expect(await ids({ tags: 'newsletter' })).toEqual(['p1', 'p2']);
      });

      it('drops a collection with its documents', async () => {
        await store.dropCollection('people_plain');
        expect(await store.listCollections()).not.toContain('people_plain');
        expect(await store.collection('people_plain').find({})).toEqual([]);
      });

      it('round-trips Persian, Arabic, CJK and emoji text and finds it by value', async () => {
        const names = ['مریم حسینی', 'محمد العربي', '王小明', '山田 太郎', '김민수', 'Zoë 🎉👩‍💻'];
        await store.ensureIndexes('intl', [{ fields: { name: 1 } }]);
        await store.commit(names.map((name, i) => ({ collection: 'intl', doc: doc(`n${i}`, 1, { name }) })));
        for (const [i, name] of names.entries()) {
          expect(await store.collection('intl').findOne({ name })).toEqual(doc(`n${i}`, 1, { name }));
        }
      });
    });

    describeIf(can.partialIndexes, 'unique indexes', lacks('partial indexes (partialFilterExpression)'), () => {
        it('lets a document keep its own unique value when it is replaced', async () => {
          await store.ensureIndexes('accounts', [{ fields: { emails: 1 }, unique: true }]);
          await store.commit([{ collection: 'accounts', doc: doc('a', 1, { emails: ['a@example.com'] }) }]);
          await store.commit([{ collection: 'accounts', doc: doc('a', 2, { emails: ['a@example.com', 'a2@example.com'] }) }]);
          await expect(store.commit([{ collection: 'accounts', doc: doc('b', 1, { emails: ['a2@example.com'] }) }])).rejects.toThrow(DuplicateKeyError);
        });

        it('refuses a unique index over values that are already duplicated', async () => {
          await store.commit([{ collection: 'dups', doc: doc('a', 1, { k: 'same' }) }, { collection: 'dups', doc: doc('b', 1, { k: 'same' }) }]);
          await expect(store.ensureIndexes('dups', [{ fields: { k: 1 }, unique: true }])).rejects.toThrow(DuplicateKeyError);
        });


      describeIf(can.multiDocumentTransactions, 'in a transaction', lacks('multi-document transactions'), () => {
          it('rejects the whole commit when a unique index refuses one document', async () => {
            await store.ensureIndexes('accounts', [{ fields: { email: 1 }, unique: true }]);
            await store.commit([{ collection: 'accounts', doc: doc('a', 1, { email: 'a@example.com' }) }]);
            await expect(store.commit([
              { collection: 'ledger', doc: doc('entry', 1) },
              { collection: 'accounts', doc: doc('b', 1, { email: 'b@example.com' }) },
              { collection: 'accounts', doc: doc('c', 1, { email: 'a@example.com' }) },
            ])).rejects.toThrow(DuplicateKeyError);
            expect(await store.collection('accounts').count({})).toBe(1);
            expect(await store.collection('ledger').count({})).toBe(0);
          });

      });
    });

    describe('queries', () => {
      it('finds by equality on a nested path', async () => {
        expect(await ids({ 'address.city': 'Paris' })).toEqual(['p1']);
        expect(await ids({ 'address.city': 'تهران' })).toEqual(['p4']);
      });

      it('finds by an element of an array, like a multikey index', async () => {
        expect(await ids({ tags: 'vip' })).toEqual(['p1', 'p4']);
        expect(await ids({ 'contactPoints.value': '+33412345678' })).toEqual(['p3']);
      });

      it('finds with $in, ranges and a compound prefix', async () => {
        expect(await ids({ country: { $in: ['DE', 'IR'] } })).toEqual(['p2', 'p4']);
        expect(await ids({ age: { $gte: 34, $lt: 52 } })).toEqual(['p1', 'p3']);
        expect(await ids({ age: { $gt: 40 } })).toEqual(['p3', 'p4']);
        expect(await ids({ country: 'FR', age: { $gt: 35 } })).toEqual(['p3']);
        expect(await ids({ name: { $gte: 'B', $lt: 'C' } })).toEqual(['p2']);
        expect(await ids({ age: { $gt: '30' } })).toEqual([]); // no cross-type comparison
      });

      it('finds with $or, $and, $regex ignoring case and $exists', async () => {
        expect(await ids({ $or: [{ country: 'DE' }, { tags: 'vip' }] })).toEqual(['p1', 'p2', 'p4']);
        expect(await ids({ $and: [{ country: 'FR' }, { tags: 'vip' }] })).toEqual(['p1']);
        expect(await ids({ name: { $regex: '^ALI', $options: 'i' } })).toEqual(['p1']);
        expect(await ids({ vatId: { $exists: true } })).toEqual(['p3']);
        expect(await ids({ vatId: { $exists: false }, country: 'FR' })).toEqual(['p1']);
        expect(await ids({ _id: { $in: ['p2', 'p3', 'nope'] } })).toEqual(['p2', 'p3']);
      });

      describeIf(can.elemMatchOnSubdocuments, '$elemMatch', lacks('$elemMatch on sub-documents'), () => {
        it('finds a document by one element matching several conditions with $elemMatch', async () => {
          expect(await ids({ scores: { $elemMatch: { kind: 'nps', value: { $lt: 5 } } } })).toEqual(['p2']);
        });
      });

      it('sorts, skips and limits like MongoDB', async () => {
        const found = await store.collection('people_indexed').find({}, { sort: { country: 1, age: -1 }, skip: 1, limit: 2 });
        expect(found.map((d) => d._id)).toEqual(['p3', 'p1']);
        const byCity = await store.collection('people_indexed').find({ tags: 'newsletter' }, { sort: { 'address.city': -1 } });
        expect(byCity.map((d) => d._id)).toEqual(['p1', 'p2']);
      });

      /** Same page with and without indexes, in the same order: keyset pages must not depend on an index. */
      const page = async (filter: Filter, sort: Record<string, 1 | -1>, limit: number, skip = 0) => {
        const [indexed, plain] = await Promise.all(['people_indexed', 'people_plain'].map((c) => store.collection(c).find(filter, { sort, limit, skip })));
        expect(indexed.map((d) => d._id)).toEqual(plain.map((d) => d._id));
        return indexed.map((d) => d._id);
      };

      it('pages by id after a cursor, either way, with other conditions checked on each document', async () => {
        expect(await page({ _id: { $gt: 'p1' } }, { _id: 1 }, 2)).toEqual(['p2', 'p3']);
        expect(await page({ _id: { $lt: 'p4' } }, { _id: -1 }, 2)).toEqual(['p3', 'p2']);
        expect(await page({ $and: [{ _id: { $gt: 'p1' } }, { tags: 'vip' }] }, { _id: 1 }, 5)).toEqual(['p4']);
        expect(await page({ $and: [{ _id: { $gt: 'p1' } }, { name: { $regex: 'a' } }] }, { _id: 1 }, 1)).toEqual(['p3']);
        expect(await page({}, { _id: 1 }, 2, 1)).toEqual(['p2', 'p3']);
        expect(await page({ country: 'FR' }, { _id: -1 }, 5)).toEqual(['p3', 'p1']);
        expect(await page({ country: 'FR', age: 41, _id: { $gt: 'p0' } }, { _id: 1 }, 5)).toEqual(['p3']);
      });

      it('pages in the order of an indexed field, ties by id, documents without the field first as MongoDB sorts them', async () => {
        await store.commit(['people_indexed', 'people_plain'].map((collection) => ({ collection, doc: doc('p5', 5, { name: 'Eve', country: 'FR' }) })));
        expect(await page({}, { age: 1, _id: 1 }, 3)).toEqual(['p5', 'p2', 'p1']);
        expect(await page({}, { age: -1, _id: -1 }, 2)).toEqual(['p4', 'p3']);
        expect(await page({ $and: [{ age: { $gte: 34 } }, { $or: [{ age: { $gt: 34 } }, { _id: { $gt: 'p1' } }] }] }, { age: 1, _id: 1 }, 2)).toEqual(['p3', 'p4']);
        expect(await page({ country: 'FR' }, { age: 1, _id: 1 }, 5)).toEqual(['p5', 'p1', 'p3']);
        expect(await page({ $or: [{ country: { $gt: 'FR' } }, { country: 'FR', _id: { $gt: 'p1' } }] }, { country: 1, _id: 1 }, 3)).toEqual(['p3', 'p5', 'p4']);
        expect(await page({ $or: [{ country: { $lt: 'FR' } }, { country: 'FR', _id: { $lt: 'p3' } }] }, { country: -1, _id: -1 }, 3)).toEqual(['p1', 'p2']);
      });

      it('finds one document by id together with other conditions', async () => {
        expect((await store.collection('people_indexed').findOne({ _id: 'p1', country: 'FR' }))?._id).toBe('p1');
        expect(await store.collection('people_indexed').findOne({ _id: 'p1', country: 'DE' })).toBeNull();
        expect((await store.collection('people_indexed').findOne({ country: 'DE' }))?._id).toBe('p2');
      });

      it('finds an array element by prefix with $elemMatch bounds', async () => {
        expect(await ids({ tags: { $elemMatch: { $gte: 'news', $lt: 'newt' } } })).toEqual(['p1', 'p2']);
        expect(await ids({ tags: { $elemMatch: { $gte: 'v', $lt: 'w' } } })).toEqual(['p1', 'p4']);
      });

      it('counts matching documents', async () => {
        expect(await store.collection('people_indexed').count({ country: 'FR' })).toBe(2);
        expect(await store.collection('people_indexed').count({})).toBe(4);
        expect(await store.collection('missing').count({})).toBe(0);
      });

      it('aggregates with $match, $group, $sort and $count', async () => {
        const rows = await store.collection('people_indexed').aggregate([
          { $match: { country: { $in: ['FR', 'DE'] } } },
          { $group: { _id: '$country', ages: { $sum: '$age' } } },
          { $sort: { _id: 1 } },
        ]);
        expect(rows).toEqual([{ _id: 'DE', ages: 27 }, { _id: 'FR', ages: 75 }]);
        expect(await store.collection('people_indexed').aggregate([{ $match: { age: { $gt: 30 } } }, { $count: 'n' }])).toEqual([{ n: 3 }]);
      });

      it('counts the elements of an array per value with $unwind', async () => {
        const rows = await store.collection('people_indexed').aggregate([{ $unwind: '$tags' }, { $group: { _id: '$tags', people: { $sum: 1 } } }, { $sort: { _id: 1 } }]);
        expect(rows).toEqual([{ _id: 'newsletter', people: 2 }, { _id: 'vip', people: 2 }]);
      });

      describeIf(can.severalAccumulatorsPerGroup, 'several accumulators', lacks('more than one accumulator per $group'), () => {
        it('computes every accumulator of one $group', async () => {
          const rows = await store.collection('people_indexed').aggregate([{ $group: { _id: '$country', people: { $sum: 1 }, ages: { $sum: '$age' } } }, { $sort: { _id: 1 } }]);
          expect(rows).toEqual([{ _id: 'DE', people: 1, ages: 27 }, { _id: 'FR', people: 2, ages: 75 }, { _id: 'IR', people: 1, ages: 52 }]);
        });
      });

      describeIf(can.fieldsAfterUnwind, '$unwind', lacks('the other fields of an unwound document in $group'), () => {
        it('sums a field of the documents an $unwind produced', async () => {
          const rows = await store.collection('people_indexed').aggregate([
            { $match: { country: { $in: ['FR', 'DE'] } } }, { $unwind: '$tags' }, { $group: { _id: '$tags', ages: { $sum: '$age' } } }, { $sort: { _id: 1 } },
          ]);
          expect(rows).toEqual([{ _id: 'newsletter', ages: 61 }, { _id: 'vip', ages: 34 }]);
        });
      });

      describeIf(can.groupAccumulatorsBeyondSum, 'accumulators', lacks('$group accumulators beyond $sum'), () => {
        it('averages per group and renames fields with $project', async () => {
          const rows = await store.collection('people_indexed').aggregate([
            { $match: { country: { $in: ['FR', 'DE'] } } },
            { $unwind: '$tags' },
            { $group: { _id: '$tags', people: { $sum: 1 }, avgAge: { $avg: '$age' } } },
            { $sort: { _id: 1 } },
            { $project: { _id: 0, tag: '$_id', people: 1, avgAge: 1 } },
          ]);
          expect(rows).toEqual([{ tag: 'newsletter', people: 2, avgAge: 30.5 }, { tag: 'vip', people: 1, avgAge: 34 }]);
        });
      });
    });

    describe('operator injection', () => {
      const flag = '__documentStoreContractPwned';
      afterEach(() => delete (globalThis as Record<string, unknown>)[flag]);

      it('never executes $where, wherever it hides', async () => {
        const code = `function () { globalThis.${flag} = true; return true; }`;
        const people = store.collection('people_indexed');
        await expect(people.find({ $where: code })).rejects.toThrow();
        await expect(people.find({ $or: [{ country: 'FR' }, { $where: code }] })).rejects.toThrow();
        await expect(people.count({ $where: code })).rejects.toThrow();
        await expect(people.aggregate([{ $match: { $where: code } }])).rejects.toThrow();
        expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
      });

      it('treats a user-supplied operator-looking string as a plain value', async () => {
        expect(await ids({ name: '{"$ne": null}' })).toEqual([]);
      });
    });
  });
}

import { planCandidates, PlannerIndex } from './query-planner';

const indexes: PlannerIndex[] = [
  { table: 'ix_email', fields: ['emails'], unique: false, complete: true },
  { table: 'ix_country', fields: ['country'], unique: false, complete: true },
  { table: 'ix_timeline', fields: ['customerId', 'occurredAt'], unique: false, complete: true },
];

describe('query planner', () => {
  it('serves equality on an indexed path from its side table', () => {
    expect(planCandidates({ emails: 'a@example.com' }, indexes)).toMatchObject({ sql: 'SELECT id FROM ix_email WHERE k0 = ?', params: ['a@example.com'] });
  });

  it('prefers an _id lookup to any index', () => {
    expect(planCandidates({ country: 'FR', _id: { $in: ['a', 'b'] } }, indexes)).toMatchObject({ params: ['["a","b"]'], cost: 0 });
  });

  it('uses a compound prefix with a range on its second field', () => {
    const plan = planCandidates({ customerId: 'c1', occurredAt: { $gte: '2024-01-01' } }, indexes);
    expect(plan?.sql).toBe("SELECT id FROM ix_timeline WHERE k0 = ? AND k1 >= ? AND k1 < x''");
    expect(plan?.params).toEqual(['c1', '2024-01-01']);
  });

  it('unions the branches of an $or only when every branch is served', () => {
    expect(planCandidates({ $or: [{ country: 'FR' }, { emails: 'a@example.com' }] }, indexes)?.sql).toContain(' UNION ');
    expect(planCandidates({ $or: [{ country: 'FR' }, { name: 'x' }] }, indexes)).toBeNull();
  });

  it('looks inside $and and uses the first element of $all', () => {
    expect(planCandidates({ $and: [{ name: 'x' }, { country: { $all: ['FR'] } }] }, indexes)?.params).toEqual(['FR']);
  });

  it('scans for values an index cannot narrow: booleans, null, regex, embedded documents', () => {
    for (const value of [true, null, { $regex: '^a' }, { city: 'Paris' }, { $in: ['a', null] }, { $ne: 'FR' }]) {
      expect(planCandidates({ country: value }, indexes)).toBeNull();
    }
  });
});

import { InvalidValueError } from '../shared/errors';
import { parseSegmentRule, ruleMatches, SegmentFacts } from './segment-rule';

const P = '11111111-1111-4111-8111-111111111111';
const Q = '22222222-2222-4222-8222-222222222222';
const facts = (overrides: Partial<SegmentFacts> = {}): SegmentFacts => ({
  country: 'IR', partnerPath: [P, Q], lifecycleStage: 'customer', leadScore: 55, lastNps: 9, openCases: 0,
  lastContactAt: '2026-03-01T10:00:00.000Z', preferredLanguage: 'fa-IR', ...overrides,
});
const fieldsOf = (rule: unknown): string[] => {
  try {
    parseSegmentRule(rule);
    return [];
  } catch (error) {
    if (!(error instanceof InvalidValueError)) throw error;
    return error.errors.map((e) => e.field);
  }
};

describe('segment rules: what a rule may say', () => {
  it('normalises values as the 360° view stores them (country upper-case, instants in UTC)', () => {
    expect(parseSegmentRule({ all: [{ field: 'country', op: 'in', value: ['ir', 'AM', 'IR'] }, { field: 'lastContactAt', op: 'after', value: '2026-03-01T13:30:00+03:30' }] }))
      .toEqual({ all: [{ field: 'country', op: 'in', value: ['IR', 'AM'] }, { field: 'lastContactAt', op: 'after', value: '2026-03-01T10:00:00.000Z' }] });
  });

  it('names every wrong part: unknown field, an op the field does not take, a value of the wrong type', () => {
    expect(fieldsOf({ all: [{ field: 'name', op: 'eq', value: 'x' }, { field: 'openCases', op: 'after', value: 1 }, { field: 'leadScore', op: 'gte', value: '50' }, { field: 'lifecycleStage', op: 'eq', value: 'vip' }] }))
      .toEqual(['rule.all[0].field', 'rule.all[1].op', 'rule.all[2].value', 'rule.all[3].value']);
  });

  it('refuses anything that is not a group at the top, empty groups, groups with two keys and extra keys on conditions', () => {
    expect(fieldsOf({ field: 'country', op: 'eq', value: 'IR' })).toEqual(['rule']);
    expect(fieldsOf({ all: [] })).toEqual(['rule.all']);
    expect(fieldsOf({ all: [{ all: [{ field: 'country', op: 'eq', value: 'IR' }], any: [] }] })).toEqual(['rule.all[0]']);
    expect(fieldsOf({ all: [{ field: 'country', op: 'eq', value: 'IR', where: 'x' }] })).toEqual(['rule.all[0]']);
  });

  it('limits depth and size', () => {
    const deep = { all: [{ any: [{ all: [{ any: [{ field: 'openCases', op: 'gte', value: 1 }] }] }] }] };
    expect(fieldsOf(deep)).toEqual([]);
    expect(fieldsOf({ all: [deep] })).toEqual(['rule.all[0].all[0].any[0].all[0]']);
    expect(fieldsOf({ all: [{ field: 'country', op: 'in', value: Array.from({ length: 101 }, () => 'IR') }] })).toEqual(['rule.all[0].value']);
  });
});

describe('segment rules: whom a rule holds', () => {
  it('all needs every condition, any one of them, and they nest', () => {
    const rule = parseSegmentRule({ all: [{ field: 'country', op: 'eq', value: 'IR' }, { any: [{ field: 'lastNps', op: 'gte', value: 9 }, { field: 'openCases', op: 'gte', value: 2 }] }] });
    expect(ruleMatches(rule, facts())).toBe(true);
    expect(ruleMatches(rule, facts({ lastNps: 8 }))).toBe(false);
    expect(ruleMatches(rule, facts({ lastNps: 8, openCases: 2 }))).toBe(true);
    expect(ruleMatches(rule, facts({ country: 'DE' }))).toBe(false);
  });

  it('partnerId matches the partner\'s whole subtree', () => {
    const rule = parseSegmentRule({ all: [{ field: 'partnerId', op: 'eq', value: P }] });
    expect(ruleMatches(rule, facts({ partnerPath: [P, Q] }))).toBe(true);
    expect(ruleMatches(rule, facts({ partnerPath: [Q] }))).toBe(false);
    expect(ruleMatches(rule, facts({ partnerPath: [] }))).toBe(false);
  });

  it('a condition on a value the customer does not have is false, whatever the op', () => {
    const before = parseSegmentRule({ all: [{ field: 'lastContactAt', op: 'before', value: '2026-06-01T00:00:00Z' }] });
    expect(ruleMatches(before, facts())).toBe(true);
    expect(ruleMatches(before, facts({ lastContactAt: null }))).toBe(false);
    expect(ruleMatches(parseSegmentRule({ any: [{ field: 'leadScore', op: 'lte', value: 100 }] }), facts({ leadScore: null }))).toBe(false);
  });
});

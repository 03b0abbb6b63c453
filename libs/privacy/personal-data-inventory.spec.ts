import { join } from 'node:path';
import { EVENT_INVENTORY, holdsPersonal, isFact, subjectsOf, unclassifiedPersonalFields, withoutPersonal } from './personal-data-inventory';
import { declaredEvents } from './testing/declared-event-fields';

const declared = declaredEvents(join(__dirname, '..', '..'));

describe('the personal-data inventory', () => {
  it('finds the declared event types (the walk itself works)', () => {
    expect(declared.length).toBeGreaterThan(40);
    expect(declared.find((e) => e.type === 'crm.lead.captured')?.personalKeys).toEqual(['name', 'email', 'phone', 'company']);
  });

  it('lists every declared event type, and nothing that is not declared', () => {
    expect(declared.map((e) => e.type).filter((type) => !EVENT_INVENTORY[type])).toEqual([]);
    expect(Object.keys(EVENT_INVENTORY).filter((type) => !declared.some((e) => e.type === type))).toEqual([]);
  });

  it.each(declared.map((e) => [e.type, e] as const))('%s: every personal field is declared personal', (type, e) => {
    expect(e.personalKeys.filter((key) => !EVENT_INVENTORY[type]?.personal.includes(key))).toEqual([]);
    expect(EVENT_INVENTORY[type]?.personal.filter((key) => !e.personalKeys.includes(key))).toEqual([]);
  });

  it.each(declared.map((e) => [e.type, e] as const))('%s: every string field of data is classified as a fact', (type, e) => {
    expect(e.dataStrings.filter((path) => !isFact(type, path))).toEqual([]);
  });

  it('lists no fact that the event does not have (no stale classification)', () => {
    const stale = declared.flatMap((e) => EVENT_INVENTORY[e.type].facts
      .filter((fact) => !e.dataStrings.some((path) => path === fact || (fact.endsWith('.**') && path.startsWith(fact.slice(0, -2)))))
      .map((fact) => `${e.type}: ${fact}`));
    expect(stale).toEqual([]);
  });

  it('names the personal fields a producer sent without classifying them', () => {
    expect(unclassifiedPersonalFields('crm.task.created', { title: 'Call', notes: 'x' })).toEqual(['notes']);
    expect(unclassifiedPersonalFields('crm.task.created', { title: 'Call', description: 'x' })).toEqual([]);
  });
});

describe('personal fields of read-model documents', () => {
  it('forgets the personal fields of a document and keeps its facts', () => {
    const summary = { _id: 'c1', customerId: 'c1', cases: [{ caseId: 'k1', subject: 'Zebulon', status: 'open' }], openCases: [{ caseId: 'k1', subject: 'Zebulon' }], openCaseCount: 1 };
    const forgotten = withoutPersonal('customer-service', summary);
    expect(forgotten).toEqual({ ...summary, cases: [{ caseId: 'k1', subject: null, status: 'open' }], openCases: [{ caseId: 'k1', subject: null }] });
    expect(holdsPersonal('customer-service', summary)).toBe(true);
    expect(holdsPersonal('customer-service', forgotten)).toBe(false);
  });

  it('names both subjects of a converted lead', () => {
    expect(subjectsOf('sales-leads', { leadId: 'l1', customerId: 'c1', name: 'Ana' })).toEqual(['l1', 'c1']);
    expect(subjectsOf('sales-leads', { leadId: 'l1', customerId: null, name: 'Ana' })).toEqual(['l1']);
  });
});

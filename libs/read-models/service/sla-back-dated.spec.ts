import { openCase, ref } from '../../domain/service/case/case.fixtures';
import { EventEnvelope } from '../../event-store/envelope';
import { EnvelopeLog } from '../testing/event-fixtures';
import { InMemoryDocumentStore } from '../testing/in-memory-document-store';
import { given } from '../testing/projection-spec';
import { casesProjection } from './cases.projection';
import { caseEnvelopes } from './service-events.fixtures';
import { serviceKpiPipeline } from './service-kpis';
import { slaDeadlinesProjection } from './sla-deadlines.projection';

const TUE_9 = '2026-03-03T09:00:00.000Z';
const FIRST_DUE = '2026-03-03T10:00:00.000Z';
const RESOLUTION_DUE = '2026-03-03T17:00:00.000Z';
/** The case was entered on Friday about Tuesday: the scheduler saw both due times passed at once. */
const ENTERED = '2026-03-06T12:00:00.000Z';

/** A case handled on Tuesday within its targets, entered after the fact; the answer and resolution recorded back-dated after the scheduler's breaches. */
function enteredAfterTheFact(): EventEnvelope[] {
  return caseEnvelopes(new EnvelopeLog(), [openCase, TUE_9],
    [{ type: 'RecordSlaBreach', caseId: 'case-1', clock: 'firstResponse', dueAt: FIRST_DUE, observedAt: ENTERED }, FIRST_DUE],
    [{ type: 'RecordSlaBreach', caseId: 'case-1', clock: 'resolution', dueAt: RESOLUTION_DUE, observedAt: ENTERED }, RESOLUTION_DUE],
    [{ type: 'RespondToCase', ...ref }, '2026-03-03T09:40:00.000Z'],
    [{ type: 'ResolveCase', ...ref }, '2026-03-03T15:00:00.000Z']);
}

describe('SLA from facts: back-dated answers withdraw breaches that did not happen', () => {
  const events = enteredAfterTheFact();

  it('records a withdrawal for each breach the back-dated facts disprove, at the time the clock was met', () => {
    expect(events.map((e) => e.type)).toEqual([
      'crm.case.opened', 'crm.case.sla-breached', 'crm.case.sla-breached',
      'crm.case.responded', 'crm.case.sla-breach-withdrawn', 'crm.case.resolved', 'crm.case.sla-breach-withdrawn',
    ]);
    expect(events.filter((e) => e.type === 'crm.case.sla-breach-withdrawn').map((e) => [e.data.clock, e.data.dueAt, e.data.metAt])).toEqual([
      ['firstResponse', FIRST_DUE, '2026-03-03T09:40:00.000Z'], ['resolution', RESOLUTION_DUE, '2026-03-03T15:00:00.000Z'],
    ]);
  });

  it('shows the case not breached, with business minutes from the facts, and nothing left for the scheduler', () => {
    const doc = given(casesProjection, events).get('case-1')!;
    expect(doc).toMatchObject({ breached: false, breaches: [], firstResponseMinutes: 40, resolutionMinutes: 360, status: 'resolved' });
    expect(doc.sla).toMatchObject({ firstResponse: { state: 'met', breachedAt: null }, resolution: { state: 'met', breachedAt: null } });
    expect([...given(slaDeadlinesProjection, events).values()].every((d) => d.dueAt === null)).toBe(true);
    expect(given(casesProjection, [...events, ...events]).get('case-1')).toEqual(doc);
  });

  it('keeps a breach the facts confirm: an answer back-dated after the due time', () => {
    const late = caseEnvelopes(new EnvelopeLog(), [openCase, TUE_9],
      [{ type: 'RecordSlaBreach', caseId: 'case-1', clock: 'firstResponse', dueAt: FIRST_DUE, observedAt: ENTERED }, FIRST_DUE],
      [{ type: 'RespondToCase', ...ref }, '2026-03-03T10:30:00.000Z']);
    expect(late.map((e) => e.type)).not.toContain('crm.case.sla-breach-withdrawn');
    expect(given(casesProjection, late).get('case-1')).toMatchObject({ breached: true, breaches: [{ clock: 'firstResponse', at: FIRST_DUE }] });
  });

  it('takes the case out of the breach rate, as of any instant', async () => {
    const store = new InMemoryDocumentStore();
    await store.commit([...given(casesProjection, events).values()].map((doc) => ({ collection: 'cases', doc })));
    for (const asOf of ['2026-03-03T12:00:00.000Z', '2026-03-10T00:00:00.000Z']) {
      const [result] = await store.collection('cases').aggregate(serviceKpiPipeline({ asOf }));
      expect(result.overall).toEqual([expect.objectContaining({ cases: 1, breached: 0, breachRate: 0 })]);
    }
  });
});

import { EventEnvelope } from '../event-store/envelope';
import { leadsProjection } from './sales/leads.projection';
import { casesProjection } from './service/cases.projection';
import { customerServiceProjection } from './service/customer-service.projection';
import { feedbackProjection } from './service/feedback.projection';
import { tasksProjection } from './service/tasks.projection';
import { EnvelopeLog } from './testing/event-fixtures';
import { given } from './testing/projection-spec';

const AT = '2026-03-03T09:00:00.000Z';
const LATER = '2026-03-04T09:00:00.000Z';

function story(): EventEnvelope[] {
  const log = new EnvelopeLog();
  return [
    log.event('case-k1', 'crm.case.opened', { caseId: 'k1', customerId: 'c1', channel: 'email', priority: 'high', interactionId: 'i1', slaPolicyId: 'p', policyVersion: 1, sla: {} }, { subject: 'Zebulon lost his parcel' }, AT),
    log.event('task-t1', 'crm.task.created', { taskId: 't1', customerId: 'c1' }, { title: 'Call Zebulon about the parcel', description: 'He is at home after 6' }, AT),
    log.event('feedback-f1', 'crm.feedback.recorded', { feedbackId: 'f1', customerId: 'c1', kind: 'nps', score: 3 }, { comment: 'Zebulon is unhappy' }, AT),
    log.event('lead-l1', 'crm.lead.captured', { leadId: 'l1', stage: 'lead', source: 'web' }, { name: 'Zebulon Quark', email: 'zq@example.org', phone: '+33612345678', company: 'Quark SA' }, AT),
    log.event('lead-l1', 'crm.lead.converted', { leadId: 'l1', customerId: 'c1', matchedExisting: false, stage: 'lead' }, undefined, AT),
    log.customer('c1', 'erased', { caseIds: ['k1'], taskIds: ['t1'], feedbackIds: ['f1'] }, undefined, LATER),
    log.event('lead-l1', 'crm.lead.erased', { leadId: 'l1', customerId: 'c1' }, undefined, LATER),
  ];
}

describe('read models on erasure', () => {
  it('forget the case subject, the task title and notes and the feedback comment, and keep the facts', () => {
    const events = story();
    expect(given(casesProjection, events).get('k1')).toMatchObject({ subject: null, priority: 'high', status: 'open', customerId: 'c1' });
    expect(given(tasksProjection, events).get('t1')).toMatchObject({ title: null, description: null, status: 'open', customerId: 'c1' });
    expect(given(feedbackProjection, events).get('f1')).toMatchObject({ comment: null, score: 3, band: 'detractor' });
    const service = given(customerServiceProjection, events).get('c1')!;
    expect(service).toMatchObject({ openCaseCount: 1, cases: [{ caseId: 'k1', subject: null, priority: 'high' }], openCases: [{ subject: null }], lastNps: { score: 3 } });
  });

  it('forget a lead’s name, email, phone and company, and keep its stages and source', () => {
    const lead = given(leadsProjection, story()).get('l1')!;
    expect(lead).toMatchObject({ name: null, email: null, phone: null, company: null, source: 'web', status: 'converted', customerId: 'c1', erasedAt: LATER });
    expect(lead.reached).toMatchObject({ lead: AT });
  });

  it('leave no marker in any document, and replaying the log gives the same documents', () => {
    const events = story();
    for (const projection of [casesProjection, tasksProjection, feedbackProjection, customerServiceProjection, leadsProjection]) {
      const once = given(projection, events);
      expect(JSON.stringify([...once.values()])).not.toMatch(/Zebulon|zq@|\+336|Quark/);
      expect(given(projection, [...events, ...events])).toEqual(once);
    }
  });

  it('create no document for an erasure that names records a projection never saw', () => {
    const log = new EnvelopeLog();
    const erased = [log.customer('c9', 'erased', { caseIds: ['k9'], taskIds: ['t9'], feedbackIds: ['f9'] }, undefined, LATER)];
    for (const projection of [casesProjection, tasksProjection, feedbackProjection, customerServiceProjection]) expect(given(projection, erased).size).toBe(0);
  });
});

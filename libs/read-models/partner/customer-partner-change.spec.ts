import { openCase } from '../../domain/service/case/case.fixtures';
import { EventEnvelope } from '../../event-store/envelope';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';
import { projectBatch } from '../runner/project-batch';
import { opportunitiesProjection } from '../sales/opportunities.projection';
import { caseEnvelopes } from '../service/service-events.fixtures';
import { casesProjection } from '../service/cases.projection';
import { feedbackProjection } from '../service/feedback.projection';
import { tasksProjection } from '../service/tasks.projection';
import { EnvelopeLog } from '../testing/event-fixtures';
import { InMemoryDocumentStore } from '../testing/in-memory-document-store';

const AT = '2026-03-02T10:00:00.000Z';
const now = () => new Date(AT);

/** The first record of each kind for a customer, stamped with the partner the customer had then. */
const RECORDS: Record<string, { projection: Projection; create: (log: EnvelopeLog, id: string, customerId: string, partnerId: string) => EventEnvelope[] }> = {
  opportunity: {
    projection: opportunitiesProjection,
    create: (log, id, customerId, partnerId) => [log.event(`opportunity-${id}`, 'crm.opportunity.created', {
      opportunityId: id, customerId, pipelineId: 'pl-1', name: 'Tea line', amount: { amount: '5.00', currency: 'EUR' }, expectedCloseDate: '2026-12-01', stage: 'Qualify', probability: '0.1', partnerId,
    }, undefined, AT)],
  },
  case: { projection: casesProjection, create: (log, id, customerId, partnerId) => caseEnvelopes(log, [{ ...openCase, caseId: id, customerId, partnerId }, AT]) },
  task: { projection: tasksProjection, create: (log, id, customerId, partnerId) => [log.event(`task-${id}`, 'crm.task.created', { taskId: id, customerId, partnerId }, { title: 'Call back' }, AT)] },
  feedback: {
    projection: feedbackProjection,
    create: (log, id, customerId, partnerId) => [log.event(`feedback-${id}`, 'crm.feedback.recorded', { feedbackId: id, customerId, kind: 'nps', score: 9, partnerId }, { comment: 'ok' }, AT)],
  },
};

/** Runs the events through the runner's batch code in batches of `size`, on a fresh store. */
async function project(projection: Projection, events: EventEnvelope[], size: number): Promise<Map<string, Doc>> {
  const store = new InMemoryDocumentStore();
  await store.ensureIndexes('target', projection.indexes);
  let checkpoint = 0;
  for (let i = 0; i < events.length; i += size) {
    const batch = await projectBatch(store, { projection, collection: 'target', checkpoint }, events.slice(i, i + size), now);
    await store.commit(batch.writes);
    checkpoint = batch.lastPosition;
  }
  // A replay of the whole log changes nothing.
  const again = await projectBatch(store, { projection, collection: 'target', checkpoint: 0 }, events, now);
  expect(again.changed).toBe(0);
  return new Map((await store.collection('target').find({})).map((doc) => [doc._id, doc]));
}

describe.each(Object.entries(RECORDS))('%s documents follow their customer\'s partner', (_kind, { projection, create }) => {
  const story = () => {
    const log = new EnvelopeLog();
    return [
      ...create(log, 'r-1', 'cus-1', 'p-1'),
      ...create(log, 'r-2', 'cus-2', 'p-1'),
      log.customer('cus-1', 'profile-changed', { partnerId: 'p-2' }, {}, AT),
      log.customer('cus-1', 'profile-changed', { country: 'DE' }, {}, AT),
      ...create(log, 'r-3', 'cus-1', 'p-2'),
      log.customer('cus-2', 'profile-changed', { cleared: ['partnerId'] }, {}, AT),
    ];
  };

  it.each([1, 2, 100])('moves every record of the customer to its new partner, in batches of %i, and a replay changes nothing', async (size) => {
    const docs = await project(projection, story(), size);
    expect(Object.fromEntries([...docs].map(([id, doc]) => [id, doc.partnerId]))).toEqual({ 'r-1': 'p-2', 'r-2': null, 'r-3': 'p-2' });
  });

  it('declares an index on partnerId, so partner lists are served by it', () => {
    expect(projection.indexes).toContainEqual({ fields: { partnerId: 1 } });
  });
});

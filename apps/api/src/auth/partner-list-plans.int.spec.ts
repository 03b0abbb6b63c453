import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Doc, DocumentCollection, Filter, FindOptions } from '../../../../libs/read-models/document-store.port';
import { Projection } from '../../../../libs/read-models/projection';
import { leadsProjection } from '../../../../libs/read-models/sales/leads.projection';
import { opportunitiesProjection } from '../../../../libs/read-models/sales/opportunities.projection';
import { casesProjection } from '../../../../libs/read-models/service/cases.projection';
import { feedbackProjection } from '../../../../libs/read-models/service/feedback.projection';
import { tasksProjection } from '../../../../libs/read-models/service/tasks.projection';
import { SqliteDocumentStore } from '../../../../libs/read-models/sqlite/sqlite-document-store';
import { encodeCursor } from '../http/cursor';
import { listById, viewOf } from '../http/document-lists';
import { ReadModels } from '../read-side/read-models.service';
import { ListCasesHandler } from '../service/queries/case-queries.handler';
import { ListTasksHandler } from '../service/queries/service-documents.handler';
import { ListCasesQuery, ListTasksQuery } from '../service/queries/service.queries';

const PROJECTIONS: Projection[] = [leadsProjection, opportunitiesProjection, casesProjection, tasksProjection, feedbackProjection];
// What PartnerScope.customerFilter hands the lists for a distributor with two retailers.
const SUBTREE: Filter = { partnerId: { $in: ['p-1', 'p-1a', 'p-1b'] } };

/** The filters of each list a partner key can ask for: none, then every query parameter alone. */
const LIST_FILTERS: Record<string, Record<string, string>[]> = {
  'sales-leads': [{}, { status: 'open' }, { campaignId: 'cmp-1' }, { customerId: 'c-1' }],
  'sales-opportunities': [{}, { status: 'open' }, { pipelineId: 'pl-1' }, { customerId: 'c-1' }],
  feedback: [{}, { kind: 'nps' }, { customerId: 'c-1' }, { caseId: 'case-1' }],
  tasks: [{}, { status: 'open' }, { assignee: 'amir' }, { customerId: 'c-1' }],
  cases: [{}, { status: 'open' }, { customerId: 'c-1' }, { priority: 'high' }, { assignee: 'amir' }, { breached: 'true' }, { breached: 'false' }, { country: 'IR' }],
};

describe('every list a partner key reads is served by an index (SQLite plans, scans refused)', () => {
  let dir: string;
  let store: SqliteDocumentStore;
  const sent: { collection: string; filter: Filter; options?: FindOptions }[] = [];
  const recording = (name: string): DocumentCollection => {
    const collection = store.collection(name);
    return {
      find: (filter, options) => { sent.push({ collection: name, filter, options }); return collection.find(filter, options); },
      findOne: (filter) => collection.findOne(filter), count: (filter) => collection.count(filter), aggregate: (pipeline) => collection.aggregate(pipeline),
    };
  };
  const readModels = { collection: async (name: string) => recording(name) } as unknown as ReadModels;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-partner-plans-'));
    store = new SqliteDocumentStore(join(dir, 'rm.db'), { refuseScans: true });
    for (const projection of PROJECTIONS) await store.ensureIndexes(projection.name, projection.indexes);
    const docs: Doc[] = ['p-1', 'p-2'].map((partnerId, i) => ({ _id: `r-${i}`, _position: i + 1, partnerId, status: 'open', openedAt: AT(i), slaPolicyId: 'pol-1', sla: {}, nextDueAt: null, statusHistory: [], resolutions: [], breaches: [] }));
    await store.commit(PROJECTIONS.flatMap((p) => docs.map((doc) => ({ collection: p.name, doc }))));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const assertServed = ({ collection, filter, options }: (typeof sent)[number]) => {
    const plan = store.collection(collection).explain(filter, options);
    const label = JSON.stringify({ collection, filter, options, plan });
    expect({ label, served: plan.served }).toEqual({ label, served: true });
    for (const line of plan.queryPlan) expect({ label, line }).not.toEqual({ label, line: expect.stringMatching(/^SCAN \S+$/) });
  };

  it.each(['sales-leads', 'sales-opportunities', 'feedback'].flatMap((c) => LIST_FILTERS[c].map((f) => [c, JSON.stringify(f), f] as const)))(
    'serves %s %s narrowed to the subtree, first and later page', async (collection, _label, filter) => {
      sent.length = 0;
      const view = viewOf('id');
      await listById(recording(collection), filter, 2, undefined, view, SUBTREE);
      await listById(recording(collection), filter, 2, encodeCursor(['r-0']), view, SUBTREE);
      expect(sent).toHaveLength(2);
      sent.forEach(assertServed);
    });

  it.each(LIST_FILTERS.tasks.map((f) => [JSON.stringify(f), f] as const))('serves the tasks list %s narrowed to the subtree', async (_label, filter) => {
    sent.length = 0;
    const tasks = new ListTasksHandler(readModels);
    await tasks.execute(new ListTasksQuery(filter, 2, undefined, SUBTREE));
    await tasks.execute(new ListTasksQuery(filter, 2, encodeCursor(['r-0']), SUBTREE));
    sent.forEach(assertServed);
  });

  it.each(LIST_FILTERS.cases.map((f) => [JSON.stringify(f), f] as const))('serves the cases list %s narrowed to the subtree', async (_label, { breached, ...filter }) => {
    sent.length = 0;
    const cases = new ListCasesHandler(readModels);
    const caseFilter = { ...filter, ...(breached ? { breached: breached === 'true' } : {}) };
    await cases.execute(new ListCasesQuery(caseFilter, 2, undefined, SUBTREE));
    await cases.execute(new ListCasesQuery(caseFilter, 2, encodeCursor([AT(1), 'r-1']), SUBTREE));
    expect(sent.filter((s) => s.collection === 'cases')).toHaveLength(2);
    sent.filter((s) => s.collection === 'cases').forEach(assertServed);
  });
});

function AT(i: number): string {
  return `2026-03-0${i + 1}T09:00:00.000Z`;
}

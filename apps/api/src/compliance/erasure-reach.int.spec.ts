import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../testing/test-app';
import { serviceSteps } from '../service/service-test-helpers';

// One unique marker per place personal data can stand; none of them may survive the erasure.
const M = {
  name: 'Zebulonqx', email: 'zebulonqx@example.org', phone: '+33698765431', interaction: 'Vrillemoor', summary: 'Quorbleton',
  caseSubject: 'Parcelwhisk', caseMessage: 'Dravnikov', caseNote: 'Yelmstrand', taskTitle: 'Call Zebulonqx about Kettleburn', taskNote: 'Brimsplatter',
  caseTask: 'Ossifrane', comment: 'Glumwether', leadName: 'Zebulonqx Fenwright', leadCompany: 'Fenwright Hydraulics', duplicate: 'Snorvelle',
  otherLead: 'Pellucidora', otherEmail: 'pellucidora@example.net', otherPhone: '+4915112345678', otherCompany: 'Waxmoth GmbH',
};
const markers = Object.values(M).map((value) => value.replace(/^\+/, ''));

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return (await Promise.all(entries.map((e) => (e.isDirectory() ? filesOf(join(dir, e.name)) : [join(dir, e.name)])))).flat();
}

/** Every marker still standing in the bytes of any file of the data directory (databases, WAL, journals). */
async function markersInFiles(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesOf(dataDir)) {
    const bytes = await readFile(file);
    for (const marker of markers) if (bytes.includes(Buffer.from(marker, 'utf8'))) found.push(`${marker} in ${file.slice(dataDir.length + 1)}`);
  }
  return found;
}

/** The whole log as server-sent events, read until the event at the head position arrived. */
function streamedLog(port: number, auth: Record<string, string>, head: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/v1/events/stream', headers: { ...auth, 'last-event-id': '0' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        if (new RegExp(`^id: ${head}$`, 'm').test(text)) {
          request.destroy();
          resolve(text);
        }
      });
    });
    request.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
  });
}

const markersIn = (answer: unknown) => markers.filter((marker) => JSON.stringify(answer).includes(marker));

describe('erasure reaches everything a subject left behind', () => {
  let t: TestApp;
  let s: ReturnType<typeof serviceSteps>;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    s = serviceSteps(t);
    id.customer = await s.customer({ name: M.name, emails: [M.email], phones: [M.phone], country: 'FR' });
    id.duplicate = await s.customer({ name: `${M.duplicate} Zeb`, country: 'FR' });
    await s.post(`/v1/customers/${id.customer}/merge`, { duplicateIds: [id.duplicate] }, 200);
    await s.post(`/v1/customers/${id.customer}/interactions`, { channel: 'phone', direction: 'inbound', subject: M.interaction, summary: M.summary });
    const policy = await s.policy();
    id.case = await s.openCase(id.customer, policy, { subject: M.caseSubject });
    await s.post(`/v1/cases/${id.case}/respond`, { text: M.caseMessage }, 200);
    await s.post(`/v1/cases/${id.case}/pause`, { text: M.caseNote }, 200);
    id.task = (await s.post('/v1/tasks', { title: M.taskTitle, description: M.taskNote, customerId: id.customer })).id;
    id.caseTask = (await s.post('/v1/tasks', { title: M.caseTask, caseId: id.case })).id;
    await s.post('/v1/feedback', { customerId: id.customer, kind: 'nps', score: 4, comment: M.comment });
    id.lead = (await s.post('/v1/leads', { name: M.leadName, email: M.email, company: M.leadCompany, source: 'web' })).id;
    const converted = await s.post(`/v1/leads/${id.lead}/convert`, {}, 200);
    expect(converted.customerId).toBe(id.customer);
    id.otherLead = (await s.post('/v1/leads', { name: M.otherLead, email: M.otherEmail, phone: M.otherPhone, company: M.otherCompany, source: 'event' })).id;
    id.control = await s.customer({ name: 'Control Person', country: 'FR' });
    id.controlLead = (await s.post('/v1/leads', { name: 'Control Lead', email: 'control@example.com', source: 'web' })).id;
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(() => t.close());

  const answers = async () => Promise.all([
    streamedLog((t.app.getHttpServer().address() as AddressInfo).port, t.auth, await s.head()),
    s.get(`/v1/customers/${id.customer}`), s.get(`/v1/cases/${id.case}`), s.get(`/v1/cases?customerId=${id.customer}`),
    s.get(`/v1/tasks/${id.task}`), s.get(`/v1/tasks/${id.caseTask}`), s.get(`/v1/tasks?customerId=${id.customer}`),
    s.get(`/v1/leads/${id.lead}`), s.get(`/v1/leads/${id.otherLead}`), s.get(`/v1/customers/${id.customer}/timeline`),
    s.get(`/v1/customers/${id.customer}/history`), s.get('/v1/events?limit=500'),
    s.get(`/v1/compliance/subjects/${id.customer}/export`), s.get(`/v1/compliance/subjects/${id.otherLead}/export`),
    s.get(`/v1/compliance/subjects/${id.lead}/export`), s.get(`/v1/compliance/subjects/${id.duplicate}/export`),
  ]);

  it('exports an unconverted lead as a data subject of its own', async () => {
    const exported = await s.get(`/v1/compliance/subjects/${id.otherLead}/export`);
    expect(exported).toMatchObject({ subjectId: id.otherLead, kind: 'lead', erased: false, lead: { name: M.otherLead, email: M.otherEmail, company: M.otherCompany } });
    expect(exported.events[0].personal).toMatchObject({ name: M.otherLead, phone: M.otherPhone });
  });

  it("exports a customer's converted lead, cases, tasks and feedback with the customer", async () => {
    const exported = await s.get(`/v1/compliance/subjects/${id.customer}/export`);
    expect(exported.leads).toEqual([expect.objectContaining({ leadId: id.lead, name: M.leadName, company: M.leadCompany })]);
    expect(exported.cases).toEqual([expect.objectContaining({ caseId: id.case, subject: M.caseSubject })]);
    expect(exported.tasks).toEqual(expect.arrayContaining([
      expect.objectContaining({ taskId: id.task, title: M.taskTitle }), expect.objectContaining({ taskId: id.caseTask, title: M.caseTask }),
    ]));
    expect(exported.feedback).toEqual([expect.objectContaining({ comment: M.comment })]);
  });

  it('sees every marker in the answers and in the read-model files before the erasure (the scan can see)', async () => {
    expect(markersIn(await answers()).sort()).toEqual([...markers].sort());
    expect((await markersInFiles(t.dataDir)).length).toBeGreaterThan(0);
  });

  it('leaves no marker in any answer, export or file after erasing the customer and the unconverted lead, and keeps the facts', async () => {
    await t.http().post(`/v1/compliance/subjects/${id.customer}/erase`).set(t.auth).send({ reason: 'Art. 17 #1' }).expect(200);
    await t.http().post(`/v1/compliance/subjects/${id.otherLead}/erase`).set(t.auth).send({}).expect(200);
    expect(markersIn(await answers())).toEqual([]);
    expect(await markersInFiles(t.dataDir)).toEqual([]);

    expect(await s.get(`/v1/cases/${id.case}`)).toMatchObject({ subject: null, priority: 'high', status: 'waiting', firstRespondedAt: expect.any(String) });
    expect(await s.get(`/v1/tasks/${id.task}`)).toMatchObject({ title: null, description: null, status: 'open', customerId: id.customer });
    expect(await s.get(`/v1/leads/${id.lead}`)).toMatchObject({ name: null, email: null, phone: null, company: null, status: 'converted', source: 'web' });
    expect(await s.get(`/v1/leads/${id.otherLead}`)).toMatchObject({ name: null, email: null, company: null, source: 'event', erasedAt: expect.any(String) });
    const view = await s.get(`/v1/customers/${id.customer}`);
    expect(view).toMatchObject({ erased: true, name: null, service: { openCaseCount: 1, lastNps: { score: 4 } } });
    expect(await s.get(`/v1/compliance/subjects/${id.otherLead}/export`)).toMatchObject({ erased: true, lead: { name: null } });
  });

  it('leaves the other subjects alone', async () => {
    expect(await s.get(`/v1/customers/${id.control}`)).toMatchObject({ name: 'Control Person' });
    expect(await s.get(`/v1/leads/${id.controlLead}`)).toMatchObject({ name: 'Control Lead', email: 'control@example.com' });
  });

  it('stays erased through a rebuild of every read model that copied personal fields', async () => {
    for (const name of ['cases', 'tasks', 'feedback', 'customer-service', 'sales-leads', 'customer-360']) await t.infrastructure.runner.rebuild(name);
    await t.infrastructure.documentStore.scrub?.();
    expect(markersIn(await answers())).toEqual([]);
    expect(await markersInFiles(t.dataDir)).toEqual([]);
  });

  it('answers 404 for an id that names no data subject', async () => {
    await t.http().post('/v1/compliance/subjects/00000000-0000-4000-8000-000000000000/erase').set(t.auth).send({}).expect(404);
    await t.http().get('/v1/compliance/subjects/00000000-0000-4000-8000-000000000000/export').set(t.auth).expect(404);
  });
});

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../testing/test-app';

const subject = {
  kind: 'person',
  name: 'Zyxqwv Plonkettsson زهرا',
  emails: ['zyxqwv.plonk@example.org'],
  phones: ['06 12 34 56 78'],
  country: 'FR',
  addresses: [{ lines: ['17 Quuxbergstrasse'], city: 'Wrexlingen' }],
};
const secrets = ['Zyxqwv', 'Plonkettsson', 'زهرا', 'zyxqwv.plonk', '+33612345678', '612345678', 'Quuxbergstrasse', 'Wrexlingen', 'Grumblewick'];

/** Every place a secret still stands in the bytes of the data directory's files (WAL included). */
async function findSecrets(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await readdir(dataDir)) {
    const bytes = await readFile(join(dataDir, file));
    for (const secret of secrets) if (bytes.includes(Buffer.from(secret, 'utf8'))) found.push(`${secret} in ${file}`);
  }
  return found;
}

describe('erasure by crypto-shredding', () => {
  let t: TestApp;
  let id: string;
  let controlId: string;
  beforeAll(async () => {
    t = await startTestApp();
    id = (await t.http().post('/v1/customers').set(t.auth).send(subject).expect(201)).body.id;
    controlId = (await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Control Person', country: 'FR' }).expect(201)).body.id;
    await t.http().post(`/v1/customers/${id}/interactions`).set(t.auth).send({ channel: 'phone', direction: 'inbound', subject: 'Grumblewick complaint' }).expect(201);
    await t.http().post(`/v1/customers/${id}/consents`).set(t.auth).send({ purpose: 'marketing', channel: 'email', granted: true }).expect(200);
  });
  afterAll(() => t.close());

  it('never writes personal fields to the log in plain text', async () => {
    const log = JSON.stringify(await t.infrastructure.rawEventStore.readAll({ after: 0, limit: 1000 }));
    for (const secret of secrets) expect(log).not.toContain(secret);
    const feed = await t.http().get('/v1/events').set(t.auth).expect(200);
    for (const secret of secrets) expect(JSON.stringify(feed.body)).not.toContain(secret);
  });

  it('finds the subject in the read-model files before erasure (the scan can see)', async () => {
    const head = await t.infrastructure.eventStore.headPosition();
    await t.http().get(`/v1/customers/${id}`).set(t.auth).set('X-Min-Position', String(head)).expect(200);
    expect((await findSecrets(t.dataDir)).length).toBeGreaterThan(0);
  });

  it('leaves none of the subject\'s names, emails, phones or free text in any file after erasure, and keeps the facts', async () => {
    const erased = await t.http().post(`/v1/compliance/subjects/${id}/erase`).set(t.auth).send({ reason: 'Art. 17 request' }).expect(200);
    expect(await findSecrets(t.dataDir)).toEqual([]);

    const view = (await t.http().get(`/v1/customers/${id}`).set(t.auth).set('X-Min-Position', String(erased.body.position)).expect(200)).body;
    expect(view).toMatchObject({ erased: true, name: null, emails: [], phones: [], addresses: [], country: 'FR' });
    expect(view.interactions.countsByChannel).toEqual({ phone: 1 });
    expect(view.consents).toHaveLength(1);
    const control = (await t.http().get(`/v1/customers/${controlId}`).set(t.auth).expect(200)).body;
    expect(control.name).toBe('Control Person');
  });

  it('answers the erased subject\'s history and time travel without personal data', async () => {
    const asOf = (await t.http().get(`/v1/customers/${id}?asOf=2999-01-01T00:00:00Z`).set(t.auth).expect(200)).body;
    expect(asOf.name).toBeNull();
    const history = (await t.http().get(`/v1/customers/${id}/history`).set(t.auth).expect(200)).body.items;
    expect(history.at(-1).type).toBe('crm.customer.erased');
    for (const secret of secrets) expect(JSON.stringify(history)).not.toContain(secret);
  });

  it('refuses new personal data for an erased subject and repeats the erasure harmlessly', async () => {
    await t.http().post(`/v1/customers/${id}/contact-points`).set(t.auth).send({ type: 'email', value: 'again@example.org' }).expect(409);
    await t.http().post(`/v1/compliance/subjects/${id}/erase`).set(t.auth).send({}).expect(200);
  });

  it('keeps the subject erased through a full rebuild of the read models', async () => {
    await t.infrastructure.runner.rebuild('customer-360');
    const view = (await t.http().get(`/v1/customers/${id}`).set(t.auth).expect(200)).body;
    expect(view).toMatchObject({ erased: true, name: null, emails: [] });
    await t.infrastructure.documentStore.scrub?.();
    expect(await findSecrets(t.dataDir)).toEqual([]);
  });
});

import { Parser } from '@asyncapi/parser';
import { EVENT_CATALOGUE } from '../../../../libs/messaging/catalogue/event-catalogue';
import { startTestApp, TestApp } from '../testing/test-app';

describe('the AsyncAPI description served by the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is public, and @asyncapi/parser accepts the document as served', async () => {
    const res = await t.http().get('/docs/asyncapi.json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const { document, diagnostics } = await new Parser().parse(res.text);
    expect(diagnostics.filter((d) => d.severity < 2).map((d) => d.message)).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
  });

  it('describes every event type the app emitted for a registration, read back from the feed', async () => {
    await t.http().post('/v1/customers').set(t.auth)
      .send({ kind: 'person', name: 'Maryam Rezaei', emails: ['maryam@example.ir'], country: 'IR' }).expect(201);
    const feed = await t.http().get('/v1/events').set(t.auth).expect(200);
    const emitted = new Set<string>(feed.body.items.map((item: { type: string }) => item.type));
    expect(emitted).toContain('crm.customer.registered');
    const served = (await t.http().get('/docs/asyncapi.json').expect(200)).body;
    const offered = Object.keys(served.channels.eventStream.messages);
    expect([...emitted].filter((type) => !offered.includes(type))).toEqual([]);
  });

  it('renders a page of every event type with its fields, styled without inline code', async () => {
    const res = await t.http().get('/docs/asyncapi').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    for (const entry of EVENT_CATALOGUE) expect(res.text).toContain(`id="${entry.type}"`);
    expect(res.text).toContain('<code>data.customerId</code>');
    expect(res.text).toContain('<code>personal.contactPoints</code>');
    expect(res.text).not.toMatch(/<script|style=/);
    await t.http().get('/docs/asyncapi.css').expect(200).expect('content-type', /^text\/css/);
  });
});

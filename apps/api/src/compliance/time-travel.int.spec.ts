import { startTestApp, TestApp } from '../testing/test-app';

/**
 * Two clocks: business time (occurredAt, `asOf`) and system time (recordedAt, `knownAt`). The
 * store's clock is injected, so "recorded on 10 March" is a fact of the test, not a wait.
 */
describe('time travel on both axes with a back-dated correction', () => {
  let t: TestApp;
  let now = new Date('2026-03-01T09:00:00.000Z');
  let id: string;
  const view = async (query = '') =>
    (await t.http().get(`/v1/customers/${id}${query}`).set(t.auth).set('X-Min-Position', String(await t.infrastructure.eventStore.headPosition())).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp({}, { now: () => now });
    id = (await t.http().post('/v1/customers').set(t.auth)
      .send({ kind: 'person', name: 'Jon Smyth', country: 'FR', occurredAt: '2026-03-01T09:00:00Z' }).expect(201)).body.id;
    now = new Date('2026-03-03T10:00:00.000Z');
    await t.http().patch(`/v1/customers/${id}`).set(t.auth).send({ country: 'BE', occurredAt: '2026-03-03T10:00:00Z' }).expect(200);
    // On 10 March we learn that since 1 March his name was John Smith and he then lived in Germany, not France.
    now = new Date('2026-03-10T15:00:00.000Z');
    await t.http().patch(`/v1/customers/${id}`).set(t.auth)
      .send({ name: 'John Smith', country: 'DE', occurredAt: '2026-03-01T12:00:00Z' }).expect(200);
    now = new Date('2026-03-12T08:00:00.000Z');
  });
  afterAll(() => t.close());

  it('shows the correction for knownAt 11 March but not for knownAt 5 March', async () => {
    expect(await view('?knownAt=2026-03-05T00:00:00Z')).toMatchObject({ name: 'Jon Smyth', country: 'BE' });
    expect(await view('?knownAt=2026-03-11T00:00:00Z')).toMatchObject({ name: 'John Smith', country: 'BE' });
  });

  it('answers "what was true on 2 March" differently depending on when we asked', async () => {
    expect(await view('?asOf=2026-03-02T00:00:00Z&knownAt=2026-03-05T00:00:00Z')).toMatchObject({ name: 'Jon Smyth', country: 'FR' });
    expect(await view('?asOf=2026-03-02T00:00:00Z&knownAt=2026-03-11T00:00:00Z')).toMatchObject({ name: 'John Smith', country: 'DE' });
    expect(await view('?asOf=2026-03-01T10:00:00Z&knownAt=2026-03-11T00:00:00Z')).toMatchObject({ name: 'Jon Smyth', country: 'FR' });
  });

  it('lets a correction about the past not overwrite what happened after it in the live view', async () => {
    const live = await view();
    expect(live).toMatchObject({ name: 'John Smith', country: 'BE' });
    const today = await view('?asOf=2026-03-12T08:00:00Z');
    const { asOf: _a, knownAt: _k, ...rest } = today;
    expect(rest).toEqual(live);
  });
});

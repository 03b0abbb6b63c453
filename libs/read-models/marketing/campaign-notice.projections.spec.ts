import { EnvelopeLog } from '../testing/event-fixtures';
import { given } from '../testing/projection-spec';
import { campaignContactsProjection } from './campaign.projections';
import { noticesProjection } from './notices.projection';

describe('campaign contact documents', () => {
  const log = new EnvelopeLog();
  const events = [
    log.event('interaction-i-1', 'crm.interaction.recorded', {
      interactionId: 'i-1', customerId: 'c-1', channel: 'email', direction: 'outbound',
      consent: { purpose: 'marketing', channel: 'email', granted: true, grantedAt: '2026-01-01T00:00:00.000Z', basis: 'consent' }, campaign: { campaignId: 'cmp-1', variant: 'B' },
    }, { subject: 'Nowruz offers' }, '2026-01-10T09:00:00.000Z'),
    log.interaction('i-2', 'c-1', 'phone', '2026-01-11T09:00:00.000Z'),
    log.event('campaign-response-r-1', 'crm.campaign.response-recorded', { responseId: 'r-1', campaignId: 'cmp-1', customerId: 'c-1', kind: 'converted', variant: 'B', value: { amount: '10.00', currency: 'EUR' } }, undefined, '2026-01-12T00:00:00.000Z'),
  ];

  it('keeps one document per campaign and member with the contact, its variant and the responses, and nothing of other interactions', () => {
    const docs = given(campaignContactsProjection, events);
    expect([...docs.keys()]).toEqual(['cmp-1:c-1']);
    expect(docs.get('cmp-1:c-1')).toMatchObject({
      campaignId: 'cmp-1', customerId: 'c-1', variant: 'B', contactedAt: '2026-01-10T09:00:00.000Z',
      responses: [{ kind: 'converted', at: '2026-01-12T00:00:00.000Z', value: { amount: '10.00', currency: 'EUR' } }],
    });
  });

  it('changes nothing when the events are replayed', () => {
    expect(given(campaignContactsProjection, [...events, ...events])).toEqual(given(campaignContactsProjection, events));
  });
});

describe('notice progress', () => {
  const log = new EnvelopeLog();
  const stream = 'notice-n-1';
  const events = [
    log.event(stream, 'crm.notice.requested', { noticeId: 'n-1', segmentId: 'seg-1', purpose: 'service', text: { en: 'x' }, languages: ['en'] }, undefined, '2026-01-01T00:00:00.000Z'),
    log.event(stream, 'crm.notice.started', { noticeId: 'n-1', total: 3 }, undefined, '2026-01-01T00:00:01.000Z'),
    log.event(stream, 'crm.notice.batch-dispatched', { noticeId: 'n-1', batch: 1, lastCustomerId: 'c-2', sent: 1, failed: 1, byChannel: { email: { sent: 1, failed: 0 }, none: { sent: 0, failed: 1 } }, byLanguage: { en: { sent: 1, failed: 1 } } }, undefined, '2026-01-01T00:00:02.000Z'),
  ];
  const done = [
    ...events,
    log.event(stream, 'crm.notice.batch-dispatched', { noticeId: 'n-1', batch: 2, lastCustomerId: 'c-3', sent: 1, failed: 0, byChannel: { email: { sent: 1, failed: 0 } }, byLanguage: { en: { sent: 1, failed: 0 } } }, undefined, '2026-01-01T00:00:03.000Z'),
    log.event(stream, 'crm.notice.completed', { noticeId: 'n-1', total: 3, sent: 2, failed: 1 }, undefined, '2026-01-01T00:00:04.000Z'),
  ];

  it('shows the counts of the batches dispatched so far while the notice runs', () => {
    expect(given(noticesProjection, events).get('n-1')).toMatchObject({ status: 'running', total: 3, sent: 1, failed: 1, byChannel: { email: { sent: 1, failed: 0 }, none: { sent: 0, failed: 1 } } });
  });

  it('adds every batch once, however often the log is replayed', () => {
    const once = given(noticesProjection, done);
    expect(once.get('n-1')).toMatchObject({ status: 'completed', sent: 2, failed: 1, byChannel: { email: { sent: 2, failed: 0 } }, byLanguage: { en: { sent: 2, failed: 1 } }, completedAt: '2026-01-01T00:00:04.000Z' });
    expect(given(noticesProjection, [...done, ...done])).toEqual(once);
  });
});

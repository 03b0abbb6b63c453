import { BusinessRuleError, InvalidValueError } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { noticeDecider } from './notice.decider';
import { noticeLanguage, noticeRoute, NoticeRecipient } from './notice-routing';
import { NoticeEvent } from './notice.events';

const requested: NoticeEvent = {
  type: 'crm.notice.requested',
  data: { noticeId: 'n-1', segmentId: 'seg-1', purpose: 'service', text: { en: 'Maintenance on Friday', 'fa-IR': 'نگهداری در روز جمعه' }, languages: ['en', 'fa-IR'] },
};
const started: NoticeEvent = { type: 'crm.notice.started', data: { noticeId: 'n-1', total: 3 } };
const batch1: NoticeEvent = {
  type: 'crm.notice.batch-dispatched',
  data: { noticeId: 'n-1', batch: 1, lastCustomerId: 'c-2', sent: 1, failed: 1, byChannel: { email: { sent: 1, failed: 0 }, none: { sent: 0, failed: 1 } }, byLanguage: { en: { sent: 1, failed: 1 } } },
};

describe('notices', () => {
  it('requests a service notice with its texts in canonical language tags, the first being the fallback', () => {
    given(noticeDecider, []).when({ type: 'RequestNotice', noticeId: 'n-1', segmentId: 'seg-1', purpose: 'service', text: { en: 'Maintenance on Friday', 'fa-ir': 'نگهداری در روز جمعه' } }).then([requested]);
  });

  it('refuses a marketing purpose, an empty text map and a tag that is no language', () => {
    given(noticeDecider, []).when({ type: 'RequestNotice', noticeId: 'n-1', segmentId: 'seg-1', purpose: 'marketing', text: {} }).thenThrows(InvalidValueError, {
      errors: [expect.objectContaining({ field: 'purpose' }), expect.objectContaining({ field: 'text' })],
    });
    given(noticeDecider, []).when({ type: 'RequestNotice', noticeId: 'n-1', segmentId: 'seg-1', purpose: 'service', text: { 'not a tag!': 'x' } })
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'text.not a tag!' })] });
  });

  it('records batches in order only, each moving the cursor forward', () => {
    given(noticeDecider, [requested, started]).when({ type: 'RecordNoticeBatch', batch: 2, lastCustomerId: 'c-2', byChannel: {}, byLanguage: {} }).thenThrows(BusinessRuleError);
    given(noticeDecider, [requested, started, batch1]).when({ type: 'RecordNoticeBatch', batch: 2, lastCustomerId: 'c-1', byChannel: {}, byLanguage: {} }).thenThrows(BusinessRuleError);
    given(noticeDecider, [requested, started, batch1])
      .when({ type: 'RecordNoticeBatch', batch: 2, lastCustomerId: 'c-3', byChannel: { sms: { sent: 1, failed: 0 } }, byLanguage: { 'fa-IR': { sent: 1, failed: 0 } } })
      .thenMatches([{ type: 'crm.notice.batch-dispatched', data: { batch: 2, sent: 1, failed: 0 } }]);
  });

  it('completes with the sums of its batches, and takes nothing after', () => {
    given(noticeDecider, [requested, started, batch1]).when({ type: 'CompleteNotice' }).then([{ type: 'crm.notice.completed', data: { noticeId: 'n-1', total: 2, sent: 1, failed: 1 } }]);
    given(noticeDecider, [requested, started, batch1, { type: 'crm.notice.completed', data: { noticeId: 'n-1', total: 2, sent: 1, failed: 1 } }]).when({ type: 'StartNotice', total: 1 }).thenThrows(BusinessRuleError);
  });
});

describe('notice routing', () => {
  const member: NoticeRecipient = { customerId: 'c-1', preferredLanguage: 'fa', emails: ['mina@example.com'], phones: ['+989121234567'], consents: [] };
  const all = new Set(['email', 'sms', 'push'] as const);

  it('speaks the preferred language, else one of the same base language, else the first text', () => {
    expect(noticeLanguage('fa-IR', ['en', 'fa-IR'])).toBe('fa-IR');
    expect(noticeLanguage('fa', ['en', 'fa-IR'])).toBe('fa-IR');
    expect(noticeLanguage('de', ['en', 'fa-IR'])).toBe('en');
    expect(noticeLanguage(null, ['fa-IR', 'en'])).toBe('fa-IR');
  });

  it('takes the channel of the latest service consent, else email, else SMS, else none', () => {
    const consents = [
      { purpose: 'service', channel: 'sms', granted: true, at: '2026-01-01T00:00:00.000Z' },
      { purpose: 'service', channel: 'push', granted: true, at: '2026-02-01T00:00:00.000Z' },
      { purpose: 'marketing', channel: 'email', granted: true, at: '2026-03-01T00:00:00.000Z' },
    ];
    expect(noticeRoute({ ...member, consents }, ['en', 'fa-IR'], all)).toEqual({ channel: 'push', language: 'fa-IR' });
    expect(noticeRoute(member, ['en'], all)).toEqual({ channel: 'email', language: 'en', address: 'mina@example.com' });
    expect(noticeRoute({ ...member, emails: [] }, ['en'], all)).toEqual({ channel: 'sms', language: 'en', address: '+989121234567' });
    expect(noticeRoute({ ...member, emails: [], phones: [] }, ['en'], all)).toEqual({ channel: null, language: 'en', reason: 'no-contact-point' });
    expect(noticeRoute({ ...member, emails: [], phones: [] }, ['en'], new Set([...all, 'webhook' as const]))).toEqual({ channel: 'webhook', language: 'en' });
  });
});

import { EnvelopeLog } from '../testing/event-fixtures';
import { given } from '../testing/projection-spec';
import { customer360Projection } from './customer-360.projection';

const registered = (log: EnvelopeLog, at = '2024-03-01T10:00:00.000Z') => log.customer('c1', 'registered',
  { kind: 'person', country: 'IR', timeZone: 'Asia/Tehran', preferredLanguage: 'fa-IR', currency: 'IRR' },
  { name: 'سارا احمدی', contactPoints: [{ id: 'cp1', type: 'email', value: 'sara@example.com' }, { id: 'cp2', type: 'phone', value: '+989123456789' }],
    addresses: [{ lines: ['Valiasr St'], city: 'Tehran' }], externalRefs: [{ system: 'erp', id: 'E-7' }] }, at);

describe('customer-360 projection', () => {
  it('builds the profile, contact points and search keys from the registration', () => {
    const log = new EnvelopeLog();
    const doc = given(customer360Projection, [registered(log)]).get('c1');
    expect(doc).toEqual({
      _id: 'c1', _position: 1, customerId: 'c1', kind: 'person', name: 'سارا احمدی', nameTokens: ['سارا', 'احمدی'],
      contactPoints: [{ id: 'cp1', type: 'email', value: 'sara@example.com' }, { id: 'cp2', type: 'phone', value: '+989123456789' }],
      emails: ['sara@example.com'], phones: ['+989123456789'], addresses: [{ lines: ['Valiasr St'], city: 'Tehran' }],
      externalRefs: [{ system: 'erp', id: 'E-7' }], externalRefKeys: ['erp:E-7'], country: 'IR', timeZone: 'Asia/Tehran',
      preferredLanguage: 'fa-IR', currency: 'IRR', partnerId: null, consents: [], consentFacts: [], interactions: { recent: [], countsByChannel: {} },
      firstContactAt: null, lastContactAt: null, createdAt: '2024-03-01T10:00:00.000Z', updatedAt: '2024-03-01T10:00:00.000Z', revision: 0,
      fieldTimes: expect.objectContaining({ name: '2024-03-01T10:00:00.000Z', country: '2024-03-01T10:00:00.000Z' }),
      sortKeys: { name: 'سارا احمدی', lastContactAt: '', createdAt: '2024-03-01T10:00:00.000Z' },
    });
  });

  it('keeps the list orders as strings: folded name, last contact once there is one, creation', () => {
    const log = new EnvelopeLog();
    const doc = given(customer360Projection, [
      log.customer('c1', 'registered', { kind: 'person' }, { name: 'Jürgen Groß', contactPoints: [], addresses: [], externalRefs: [] }, '2024-03-01T10:00:00.000Z'),
      log.event('interaction-i1', 'crm.interaction.recorded', { interactionId: 'i1', customerId: 'c1', channel: 'email', direction: 'inbound' }, undefined, '2024-03-05T08:00:00.000Z'),
    ]).get('c1')!;
    expect(doc.sortKeys).toEqual({ name: 'jurgen groß', lastContactAt: '2024-03-05T08:00:00.000Z', createdAt: '2024-03-01T10:00:00.000Z' });
    expect(doc.nameTokens).toEqual(['jurgen', 'groß', 'juergen', 'gross']);
  });

  it('applies profile changes, clearing fields and re-tokenising a new name', () => {
    const log = new EnvelopeLog();
    const doc = given(customer360Projection, [
      registered(log),
      log.customer('c1', 'profile-changed', { partnerId: 'p-9', cleared: ['currency'] }, { name: '王小明' }, '2024-03-02T00:00:00.000Z'),
    ]).get('c1')!;
    expect(doc).toMatchObject({ partnerId: 'p-9', currency: null, country: 'IR', name: '王小明', revision: 1, updatedAt: '2024-03-02T00:00:00.000Z' });
    expect(doc.nameTokens).toEqual(expect.arrayContaining(['王小明', '小明', '王']));
  });

  it('adds and removes contact points, keeping emails and phones in step', () => {
    const log = new EnvelopeLog();
    const doc = given(customer360Projection, [
      registered(log),
      log.customer('c1', 'contact-point-added', { contactPointId: 'cp3', contactPointType: 'email' }, { value: 'sara@work.example' }, '2024-03-03T00:00:00.000Z'),
      log.customer('c1', 'contact-point-removed', { contactPointId: 'cp2', contactPointType: 'phone' }, undefined, '2024-03-04T00:00:00.000Z'),
    ]).get('c1')!;
    expect(doc.emails).toEqual(['sara@example.com', 'sara@work.example']);
    expect(doc.phones).toEqual([]);
  });

  it('keeps the latest consent per purpose and channel', () => {
    const log = new EnvelopeLog();
    const doc = given(customer360Projection, [
      registered(log),
      log.customer('c1', 'consent-granted', { purpose: 'marketing', channel: 'email', source: 'web-form' }, undefined, '2024-03-05T00:00:00.000Z'),
      log.customer('c1', 'consent-withdrawn', { purpose: 'marketing', channel: 'email' }, undefined, '2024-03-06T00:00:00.000Z'),
    ]).get('c1')!;
    expect(doc.consents).toEqual([{ key: 'marketing:email', purpose: 'marketing', channel: 'email', granted: false, at: '2024-03-06T00:00:00.000Z', decidedBy: 'email', source: null, eventId: 'evt-3' }]);
  });

  it('keeps the 20 most recent interactions newest first, counts per channel and first/last contact', () => {
    const log = new EnvelopeLog();
    const days = Array.from({ length: 25 }, (_, i) => `2024-04-${String(i + 1).padStart(2, '0')}T09:00:00.000Z`).reverse();
    const doc = given(customer360Projection, [
      registered(log),
      ...days.map((at, i) => log.interaction(`i${i}`, 'c1', i % 2 ? 'phone' : 'email', at, `call ${i}`)),
    ]).get('c1')!;
    const recent = (doc.interactions as { recent: { occurredAt: string; interactionId: string }[] }).recent;
    expect(recent).toHaveLength(20);
    expect(recent[0]).toEqual({ interactionId: 'i0', channel: 'email', direction: 'inbound', subject: 'call 0', occurredAt: '2024-04-25T09:00:00.000Z', position: 2 });
    expect(recent[19].occurredAt).toBe('2024-04-06T09:00:00.000Z');
    expect(doc.interactions).toMatchObject({ countsByChannel: { email: 13, phone: 12 } });
    expect(doc).toMatchObject({ firstContactAt: '2024-04-01T09:00:00.000Z', lastContactAt: '2024-04-25T09:00:00.000Z', revision: 0 });
  });

  it('ends with the same document when the same events are replayed', () => {
    const log = new EnvelopeLog();
    const events = [registered(log), log.interaction('i1', 'c1', 'chat', '2024-03-09T00:00:00.000Z'),
      log.customer('c1', 'consent-granted', { purpose: 'sales', channel: 'sms' }, undefined, '2024-03-10T00:00:00.000Z')];
    expect(given(customer360Projection, [...events, ...events]).get('c1')).toEqual(given(customer360Projection, events).get('c1'));
  });

  it('ignores events about other things', () => {
    const log = new EnvelopeLog();
    expect(customer360Projection.documentIds(log.event('deal-1', 'crm.opportunity.won', { customerId: 'c1' }, undefined, '2024-01-01T00:00:00Z'))).toEqual([]);
  });
});

import { ConsentFact, consentInForce } from './consent-in-force';

let position = 0;
const fact = (type: 'granted' | 'withdrawn', purpose: string, channel: string, occurredAt: string, recordedAt = occurredAt): ConsentFact => ({
  eventId: `e${++position}`, type: `crm.customer.consent-${type}`, position, occurredAt, recordedAt, data: { customerId: 'c1', purpose, channel },
});

describe('the consent in force at an instant', () => {
  const log = [
    fact('granted', 'marketing', 'any', '2026-03-01T00:00:00.000Z'),
    fact('withdrawn', 'marketing', 'sms', '2026-03-05T00:00:00.000Z'),
    fact('withdrawn', 'marketing', 'any', '2026-03-20T00:00:00.000Z'),
  ];

  it('finds the grant that covered a channel, with the time it took effect', () => {
    expect(consentInForce(log, 'marketing', 'email', '2026-03-10T00:00:00.000Z')).toMatchObject({
      granted: true, grantedAt: '2026-03-01T00:00:00.000Z', decidedBy: { channel: 'any', eventId: 'e1' },
    });
  });

  it('lets a channel\'s own withdrawal win over the purpose-wide grant', () => {
    expect(consentInForce(log, 'marketing', 'sms', '2026-03-10T00:00:00.000Z')).toMatchObject({ granted: false, grantedAt: null, decidedBy: { channel: 'sms' } });
    expect(consentInForce(log, 'marketing', 'sms', '2026-03-04T00:00:00.000Z')).toMatchObject({ granted: true });
  });

  it('has no consent before the first grant, after a purpose-wide withdrawal, or for another purpose', () => {
    expect(consentInForce(log, 'marketing', 'email', '2026-02-28T00:00:00.000Z')).toEqual({ purpose: 'marketing', channel: 'email', granted: false, grantedAt: null, decidedBy: null });
    expect(consentInForce(log, 'marketing', 'email', '2026-03-21T00:00:00.000Z').granted).toBe(false);
    expect(consentInForce(log, 'analytics', 'email', '2026-03-10T00:00:00.000Z').granted).toBe(false);
  });

  it('reads a back-dated withdrawal only as known after it was recorded', () => {
    const late = [...log, fact('withdrawn', 'marketing', 'email', '2026-03-08T00:00:00.000Z', '2026-03-15T00:00:00.000Z')];
    expect(consentInForce(late, 'marketing', 'email', '2026-03-10T00:00:00.000Z', '2026-03-12T00:00:00.000Z').granted).toBe(true);
    expect(consentInForce(late, 'marketing', 'email', '2026-03-10T00:00:00.000Z').granted).toBe(false);
  });

  it('covers a channel without a consent channel of its own only by the purpose-wide record', () => {
    const emailOnly = [fact('granted', 'marketing', 'email', '2026-03-01T00:00:00.000Z')];
    expect(consentInForce(emailOnly, 'marketing', 'any', '2026-03-10T00:00:00.000Z').granted).toBe(false);
    expect(consentInForce(log, 'marketing', 'any', '2026-03-10T00:00:00.000Z').granted).toBe(true);
  });
});

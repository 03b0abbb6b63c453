import { Webhook } from 'standardwebhooks';
import { backoffDelayMs, retryBudgetMs } from './backoff';
import { generateSecret, standardWebhookHeaders } from './standard-webhooks';

describe('Standard Webhooks signatures', () => {
  const body = JSON.stringify({ specversion: '1.0', id: 'e-1', type: 'crm.customer.registered' });

  it('verify with the standardwebhooks library against the secret handed out', () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const headers = standardWebhookHeaders([secret], 'msg-1', body);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('carry one signature per secret during a rotation, and either secret verifies', () => {
    const [current, previous] = [generateSecret(), generateSecret()];
    const headers = standardWebhookHeaders([current, previous], 'msg-2', body);
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(previous).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(generateSecret()).verify(body, { ...headers })).toThrow();
  });

  it('are refused by the library when the body was changed on the way', () => {
    const secret = generateSecret();
    const headers = standardWebhookHeaders([secret], 'msg-3', body);
    expect(() => new Webhook(secret).verify(body.replace('e-1', 'e-2'), { ...headers })).toThrow();
  });
});

describe('retry backoff', () => {
  const policy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 5000, timeoutMs: 100 };

  it('doubles the wait per attempt up to the cap, jittered between half and the whole of it', () => {
    expect([1, 2, 3, 4].map((a) => backoffDelayMs(policy, a, () => 0))).toEqual([500, 1000, 2000, 2500]);
    expect([1, 2, 3, 4].map((a) => backoffDelayMs(policy, a, () => 1))).toEqual([1000, 2000, 4000, 5000]);
  });

  it('bounds how long one message can take, every wait and every timeout counted', () => {
    expect(retryBudgetMs(policy)).toBe(5 * 100 + 1000 + 2000 + 4000 + 5000);
  });
});

import { loadConfig } from './config';

describe('webhook configuration', () => {
  it('defaults to 8 attempts from 1 s doubling up to 5 min, a 10 s timeout and a day of secret overlap', () => {
    expect(loadConfig({}).webhooks).toEqual({
      retry: { attempts: 8, baseDelayMs: 1000, maxDelayMs: 300_000, timeoutMs: 10_000 }, secretOverlapMs: 86_400_000, concurrency: 16, automationSecret: undefined,
    });
  });

  it('stops start-up with one line naming a bad variable, never echoing a secret', () => {
    expect(() => loadConfig({ CRM_WEBHOOK_ATTEMPTS: '0' })).toThrow(/^CRM_WEBHOOK_ATTEMPTS: must be an integer from 1 to 50/);
    expect(() => loadConfig({ CRM_WEBHOOK_RETRY_BASE_MS: '5000', CRM_WEBHOOK_RETRY_MAX_MS: '1000' })).toThrow(/^CRM_WEBHOOK_RETRY_MAX_MS: must be at least/);
    expect(() => loadConfig({ CRM_WEBHOOK_AUTOMATION_SECRET: 'hunter2' })).toThrow(/^CRM_WEBHOOK_AUTOMATION_SECRET: must be whsec_.*\(got 7 characters\)$/);
  });
});

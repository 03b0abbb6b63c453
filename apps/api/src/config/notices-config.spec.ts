import { ConfigError, loadConfig } from './config';

describe('notice and campaign configuration', () => {
  it('dispatches batches of 1000 for up to 3 s a round, waits 10 s for a launch, and has no webhook channel by default', () => {
    const config = loadConfig({});
    expect(config.notices).toEqual({ batchSize: 1000, roundMs: 3000 });
    expect(config.campaigns).toEqual({ launchWaitMs: 10_000 });
  });

  it('keeps the default round inside a short lease, and refuses one set longer than a third of the lease', () => {
    expect(loadConfig({ CRM_WORKER_LEASE_MS: '3000' }).notices.roundMs).toBe(600);
    expect(() => loadConfig({ CRM_WORKER_LEASE_MS: '3000', CRM_NOTICE_ROUND_MS: '1500' })).toThrow(ConfigError);
  });

  it('takes an http(s) webhook URL and refuses anything else, naming the variable', () => {
    expect(loadConfig({ CRM_NOTICE_WEBHOOK_URL: 'https://hooks.example.com/notices' }).notices.webhookUrl).toBe('https://hooks.example.com/notices');
    expect(() => loadConfig({ CRM_NOTICE_WEBHOOK_URL: 'ftp://example.com' })).toThrow(/CRM_NOTICE_WEBHOOK_URL/);
    expect(() => loadConfig({ CRM_NOTICE_BATCH_SIZE: '0' })).toThrow(/CRM_NOTICE_BATCH_SIZE/);
  });
});

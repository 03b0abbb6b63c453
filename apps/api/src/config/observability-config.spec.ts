import { loadObservabilityConfig } from './observability-config';

describe('observability configuration', () => {
  it('traces nothing, leaves /metrics open and logs at info when nothing is set', () => {
    expect(loadObservabilityConfig({})).toEqual({ otlpEndpoint: undefined, metricsToken: undefined, logLevel: 'info' });
  });

  it('takes a collector URL, a scrape token and a log level', () => {
    expect(loadObservabilityConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', CRM_METRICS_TOKEN: 'a-long-scrape-token', CRM_LOG_LEVEL: 'warn' }))
      .toEqual({ otlpEndpoint: 'http://collector:4318', metricsToken: 'a-long-scrape-token', logLevel: 'warn' });
  });

  it.each([
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector:4318'],
    ['CRM_METRICS_TOKEN', 'short'],
    ['CRM_LOG_LEVEL', 'loud'],
  ])('refuses a bad %s, naming it', (variable, value) => {
    expect(() => loadObservabilityConfig({ [variable]: value })).toThrow(new RegExp(`^${variable}: `));
  });
});

import { ConfigError, loadConfig } from './config';

describe('API configuration', () => {
  it('runs on the embedded default with no configuration at all', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.eventStore).toEqual({ kind: 'sqlite' });
    expect(config.fanout).toEqual({ kind: 'inprocess' });
    expect(config.readModels).toEqual({ kind: 'sqlite', cacheMb: 32 });
    expect(config.projectionsIn).toBe('thread');
    expect(config.dataDir.endsWith('data')).toBe(true);
  });

  it('runs the projections on the request loop when asked, and names the variable for anything else', () => {
    expect(loadConfig({ CRM_PROJECTIONS_IN: 'loop' }).projectionsIn).toBe('loop');
    expect(() => loadConfig({ CRM_PROJECTIONS_IN: 'process' })).toThrow(
      new ConfigError('CRM_PROJECTIONS_IN', 'must be one of thread, loop (got "process")'),
    );
  });

  it('catches up in batches of 5,000 events with an 8 MiB log cache unless told otherwise, and refuses sizes out of range', () => {
    expect(loadConfig({})).toMatchObject({ projectionBatchEvents: 5000, eventStoreCacheMb: 8 });
    expect(loadConfig({ CRM_PROJECTION_BATCH_EVENTS: '20000', CRM_EVENT_STORE_CACHE_MB: '64' })).toMatchObject({ projectionBatchEvents: 20_000, eventStoreCacheMb: 64 });
    expect(() => loadConfig({ CRM_PROJECTION_BATCH_EVENTS: '10' })).toThrow(ConfigError);
    expect(() => loadConfig({ CRM_EVENT_STORE_CACHE_MB: 'lots' })).toThrow(ConfigError);
  });

  it('commits up to 500 appends together and checkpoints the log every 1,000 WAL pages unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ eventStoreGroupMax: 500, eventStoreCheckpointPages: 1000 });
    expect(loadConfig({ CRM_EVENT_STORE_GROUP_MAX: '2000', CRM_EVENT_STORE_CHECKPOINT_PAGES: '10000' })).toMatchObject({ eventStoreGroupMax: 2000, eventStoreCheckpointPages: 10_000 });
    expect(() => loadConfig({ CRM_EVENT_STORE_GROUP_MAX: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ CRM_EVENT_STORE_CHECKPOINT_PAGES: '10' })).toThrow(ConfigError);
  });

  it('runs the projection thread at the loop\'s priority unless given a nice value from 0 to 19', () => {
    expect(loadConfig({}).projectionThreadNice).toBe(0);
    expect(loadConfig({ CRM_PROJECTION_THREAD_NICE: '19' }).projectionThreadNice).toBe(19);
    expect(() => loadConfig({ CRM_PROJECTION_THREAD_NICE: '20' })).toThrow(ConfigError);
  });

  it('limits each key to 36,000 requests a minute unless told otherwise', () => {
    expect(loadConfig({}).security.rateLimit).toEqual({ max: 36_000, windowMs: 60_000 });
    expect(loadConfig({ CRM_RATE_LIMIT_MAX: '0' }).security.rateLimit.max).toBe(0);
  });

  it('names the variable when the event store kind is unknown', () => {
    expect(() => loadConfig({ EVENT_STORE: 'postgres' })).toThrow(
      new ConfigError('EVENT_STORE', 'must be one of sqlite, eventstoredb (got "postgres")'),
    );
  });

  it('requires KAFKA_BROKERS when the fan-out is Kafka', () => {
    expect(() => loadConfig({ FANOUT: 'kafka' })).toThrow(/^KAFKA_BROKERS: is required when FANOUT=kafka$/);
  });

  it('requires the server URLs of the distributed adapters', () => {
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/^EVENTSTORE_URL/);
    expect(() => loadConfig({ READ_MODELS: 'mongodb' })).toThrow(/^MONGODB_URL/);
  });

  it('mixes ports independently, defaulting the Kafka topic', () => {
    const config = loadConfig({ FANOUT: 'kafka', KAFKA_BROKERS: 'a:9092, b:9092' });
    expect(config.fanout).toEqual({ kind: 'kafka', brokers: ['a:9092', 'b:9092'], topic: 'crm.events' });
    expect(config.eventStore.kind).toBe('sqlite');
  });

  it('refuses a port that is not a number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^PORT: must be an integer/);
  });

  it('bounds future business time to five minutes and refuses private webhook targets unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ maxFutureSkewMs: 300_000, webhookAllowPrivate: false });
    expect(loadConfig({ CRM_MAX_FUTURE_SKEW_SECONDS: '0', CRM_WEBHOOK_ALLOW_PRIVATE: 'true' })).toMatchObject({ maxFutureSkewMs: 0, webhookAllowPrivate: true });
    expect(() => loadConfig({ CRM_WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow(/^CRM_WEBHOOK_ALLOW_PRIVATE: must be true or false/);
    expect(() => loadConfig({ CRM_MAX_FUTURE_SKEW_SECONDS: '-1' })).toThrow(/^CRM_MAX_FUTURE_SKEW_SECONDS: must be an integer/);
  });
});

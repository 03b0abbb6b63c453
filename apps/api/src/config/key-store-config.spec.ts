import { randomBytes } from 'node:crypto';
import { loadConfig } from './config';

describe('subject-key store configuration', () => {
  it('keeps the keys in a SQLite file of their own when nothing is configured', () => {
    expect(loadConfig({}).keys).toEqual({ store: { kind: 'sqlite' }, masterKey: undefined });
  });

  it('follows READ_MODELS=mongodb into a database apart from the read models', () => {
    const { keys } = loadConfig({ READ_MODELS: 'mongodb', MONGODB_URL: 'mongodb://db:27017/acme?replicaSet=rs0' });
    expect(keys.store).toEqual({ kind: 'mongodb', url: 'mongodb://db:27017/acme?replicaSet=rs0', database: 'acme_keys' });
  });

  it('lets the keys live on a server of their own, named by KEY_STORE_MONGODB_URL and KEY_STORE_DATABASE', () => {
    const { keys } = loadConfig({ KEY_STORE: 'mongodb', KEY_STORE_MONGODB_URL: 'mongodb://vault:27017/', KEY_STORE_DATABASE: 'vault' });
    expect(keys.store).toEqual({ kind: 'mongodb', url: 'mongodb://vault:27017/', database: 'vault' });
  });

  it('keeps the keys embedded when asked, even with MongoDB read models', () => {
    expect(loadConfig({ READ_MODELS: 'mongodb', MONGODB_URL: 'mongodb://db/', KEY_STORE: 'sqlite' }).keys.store).toEqual({ kind: 'sqlite' });
  });

  it('refuses an unknown key store, a MongoDB key store without a server, and the read models\' own database', () => {
    expect(() => loadConfig({ KEY_STORE: 'redis' })).toThrow(/^KEY_STORE: must be one of sqlite, mongodb \(got "redis"\)$/);
    expect(() => loadConfig({ KEY_STORE: 'mongodb' })).toThrow(/^KEY_STORE_MONGODB_URL: is required/);
    expect(() => loadConfig({ READ_MODELS: 'mongodb', MONGODB_URL: 'mongodb://db/crm', KEY_STORE_DATABASE: 'crm' })).toThrow(/^KEY_STORE_DATABASE: must name a database apart/);
  });

  it('accepts a 32-byte base64 master key and refuses anything else without echoing it', () => {
    const master = randomBytes(32);
    expect(loadConfig({ CRM_MASTER_KEY: master.toString('base64') }).keys.masterKey).toEqual(master);
    const short = randomBytes(16).toString('base64');
    expect(() => loadConfig({ CRM_MASTER_KEY: short })).toThrow(/^CRM_MASTER_KEY: must be 32 random bytes in base64/);
    try {
      loadConfig({ CRM_MASTER_KEY: short });
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
    }
    expect(() => loadConfig({ CRM_MASTER_KEY: 'not base64 at all!' })).toThrow(/^CRM_MASTER_KEY/);
  });
});

import { assertCollectionName, databaseNameFromUrl, redact } from './mongo-names';

describe('databaseNameFromUrl', () => {
  it('takes the database from the URL path', () => {
    expect(databaseNameFromUrl('mongodb://127.0.0.1:27017/sales?replicaSet=rs0')).toBe('sales');
    expect(databaseNameFromUrl('mongodb+srv://cluster0.example.net/crm_eu')).toBe('crm_eu');
  });

  it('falls back to crm when the URL names no database', () => {
    expect(databaseNameFromUrl('mongodb://127.0.0.1:27017')).toBe('crm');
    expect(databaseNameFromUrl('mongodb://127.0.0.1:27017/?replicaSet=rs0')).toBe('crm');
  });

  it('reads seed lists and credentials without mistaking them for the path', () => {
    expect(databaseNameFromUrl('mongodb://user:p%2Fss@h1:27017,h2:27018,h3/reads?replicaSet=rs0&authSource=admin')).toBe('reads');
    expect(databaseNameFromUrl('mongodb://user:secret@h1,h2')).toBe('crm');
  });

  it('refuses a URL of another scheme without echoing its password', () => {
    expect(() => databaseNameFromUrl('postgres://u:hunter2@db/crm')).toThrow(/must start with mongodb:\/\//);
    expect(redact('mongodb://u:hunter2@db/crm')).toBe('mongodb://u:***@db/crm');
  });
});

describe('assertCollectionName', () => {
  it('accepts the names the embedded adapter accepts', () => {
    expect(() => assertCollectionName('customers_v2.2024-01-01')).not.toThrow();
  });

  it('refuses names MongoDB reserves or that could smuggle an operator', () => {
    for (const name of ['system.users', '$cmd', 'a b', '', '.hidden', 'x"y']) {
      expect(() => assertCollectionName(name)).toThrow(/invalid collection name/);
    }
  });
});

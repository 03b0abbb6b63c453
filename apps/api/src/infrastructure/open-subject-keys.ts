import { join } from 'node:path';
import { CustodiedSubjectKeys } from '../../../../libs/privacy/keys/custodied-subject-keys';
import { KeyRecords } from '../../../../libs/privacy/keys/key-records';
import { migrateLegacyKeys } from '../../../../libs/privacy/keys/legacy-key-migration';
import { MasterKey, MasterKeyError } from '../../../../libs/privacy/keys/master-key';
import { MongoKeyRecords } from '../../../../libs/privacy/keys/mongo-key-records';
import { SqliteKeyRecords } from '../../../../libs/privacy/keys/sqlite-key-records';
import { SubjectKeyStore } from '../../../../libs/privacy/subject-keys';
import { DocumentStore } from '../../../../libs/read-models/document-store.port';
import { ApiConfig, ConfigError } from '../config/config';

/**
 * Opens the configured key store and readies it before anything is served: keys still in the
 * read-model store are moved in, plain keys are wrapped when a master key is set, and a master
 * key that does not open the stored keys stops start-up (one line naming CRM_MASTER_KEY).
 */
export async function openSubjectKeys(config: Pick<ApiConfig, 'keys' | 'dataDir'>, readModels: DocumentStore): Promise<SubjectKeyStore> {
  const records = openKeyRecords(config);
  try {
    const keys = new CustodiedSubjectKeys(records, config.keys.masterKey && new MasterKey(config.keys.masterKey));
    await migrateLegacyKeys(readModels, records);
    await keys.prepare();
    return keys;
  } catch (error) {
    await records.close();
    if (error instanceof MasterKeyError) throw new ConfigError('CRM_MASTER_KEY', error.message);
    throw error;
  }
}

export function openKeyRecords(config: Pick<ApiConfig, 'keys' | 'dataDir'>): KeyRecords {
  const { store } = config.keys;
  if (store.kind === 'sqlite') return new SqliteKeyRecords(join(config.dataDir, 'subject-keys.db'));
  return new MongoKeyRecords(store.url, store.database);
}

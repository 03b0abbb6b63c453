import type { DocumentStoreCapabilities } from '../../read-models/testing/document-store.contract';

/** What FerretDB v1 (SQLite backend) does not do that MongoDB does; each is a line in docs/mongodb.md. */
export const FERRETDB_V1_CAPABILITIES: DocumentStoreCapabilities = {
  multiDocumentTransactions: false,
  partialIndexes: false,
  elemMatchOnSubdocuments: false,
  groupAccumulatorsBeyondSum: false,
  severalAccumulatorsPerGroup: false,
  fieldsAfterUnwind: false,
  aggregationExpressions: false,
  atomicConditionalUpserts: false,
};

export interface MongoTarget {
  url: string;
  flavor: 'mongodb' | 'ferretdb';
  /** The server's name and version, printed by the suites that run against it. */
  server: string;
  capabilities?: DocumentStoreCapabilities;
}

export const MONGO_SKIP_HOW = 'install Go (scripts/test-deps/ferretdb.sh builds FerretDB) or set MONGODB_URL=mongodb://127.0.0.1:27017/?replicaSet=rs0';

/**
 * The MongoDB-protocol server of this jest run (libs/testing/engines/global-setup.ts), or a
 * MONGODB_URL the user gave; undefined when there is none.
 */
export function mongoTarget(): MongoTarget | undefined {
  const url = process.env.CRM_TEST_MONGODB_URL ?? process.env.MONGODB_URL;
  if (!url) return undefined;
  const flavor = process.env.CRM_TEST_MONGODB_FLAVOR === 'ferretdb' ? 'ferretdb' : 'mongodb';
  return {
    url, flavor, server: process.env.CRM_TEST_MONGODB_SERVER ?? 'MongoDB (given by MONGODB_URL)',
    capabilities: flavor === 'ferretdb' ? FERRETDB_V1_CAPABILITIES : undefined,
  };
}

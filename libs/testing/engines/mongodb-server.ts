import { MongoClient } from 'mongodb';

/** What the globalSetup learnt about the MongoDB-protocol server, for the test workers. */
export interface MongoTestServerInfo {
  /** `mongodb` (a real server) or `ferretdb` (FerretDB v1 through its MongoDB wire protocol). */
  flavor: 'mongodb' | 'ferretdb';
  /** e.g. `MongoDB 7.0.14` or `FerretDB v1.24.2 (SQLite backend), MongoDB 7.0.42 wire protocol`. */
  description: string;
}

/** Asks the server who it is (`buildInfo`: FerretDB answers with `ferretdbFeatures`). */
export async function describeMongoServer(url: string): Promise<MongoTestServerInfo> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 10_000 });
  try {
    const info = await client.db('admin').command({ buildInfo: 1 });
    if (info.ferretdbFeatures !== undefined) return { flavor: 'ferretdb', description: `FerretDB, MongoDB ${String(info.version)} wire protocol` };
    return { flavor: 'mongodb', description: `MongoDB ${String(info.version)}` };
  } finally {
    await client.close();
  }
}

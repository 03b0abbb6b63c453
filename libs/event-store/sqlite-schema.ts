import type Database from 'better-sqlite3';
import { EventEnvelope } from './envelope';

/** Bumped when the table layout changes; kept in `PRAGMA user_version`. */
export const SCHEMA_VERSION = 1;

export const EVENTS_DDL = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY,
  event_id       TEXT    NOT NULL UNIQUE,
  stream_id      TEXT    NOT NULL,
  revision       INTEGER NOT NULL,
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  subject_id     TEXT,
  occurred_at    TEXT    NOT NULL,
  recorded_at    TEXT    NOT NULL,
  data           TEXT    NOT NULL CHECK (json_valid(data)),
  personal       TEXT             CHECK (personal IS NULL OR json_valid(personal)),
  metadata       TEXT    NOT NULL CHECK (json_valid(metadata)),
  UNIQUE (stream_id, revision)
);
-- UNIQUE(stream_id, revision) already serves readStream; subjects need their own index
-- for history, export and erasure of one data subject.
CREATE INDEX IF NOT EXISTS events_by_subject ON events (subject_id, position) WHERE subject_id IS NOT NULL;
`;

/** Durability is not negotiable: WAL + synchronous=FULL, so an acknowledged append is on disk. */
export function openEventsDatabase(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Another process (the CLI) may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(`event store file has schema v${version}; this build knows up to v${SCHEMA_VERSION}`);
  }
  db.exec(EVENTS_DDL);
  if (version < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
}

export interface EventRow {
  position: number;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  schema_version: number;
  subject_id: string | null;
  occurred_at: string;
  recorded_at: string;
  data: string;
  personal: string | null;
  metadata: string;
}

export const SELECT_COLUMNS =
  'position, event_id, stream_id, revision, type, schema_version, subject_id, occurred_at, recorded_at, data, personal, metadata';

export function rowToEnvelope(row: EventRow): EventEnvelope {
  const envelope: EventEnvelope = {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    revision: row.revision,
    position: row.position,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    data: JSON.parse(row.data) as Record<string, unknown>,
    metadata: JSON.parse(row.metadata) as EventEnvelope['metadata'],
  };
  if (row.subject_id !== null) envelope.subjectId = row.subject_id;
  if (row.personal !== null) envelope.personal = JSON.parse(row.personal) as Record<string, unknown>;
  return envelope;
}

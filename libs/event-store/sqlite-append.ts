import type Database from 'better-sqlite3';
import { EventEnvelope, NewEvent } from './envelope';
import { DuplicateEventIdError, WrongExpectedRevisionError } from './errors';
import { AppendResult, ExpectedRevision } from './event-store.port';
import { EventRow, SELECT_COLUMNS, rowToEnvelope } from './sqlite-schema';

/**
 * Checks and writes one append inside the group's transaction. Each append runs in its own
 * savepoint, so a rejected append leaves nothing behind while the rest of the group commits.
 * Checks read the open transaction, so they see earlier appends of the same group.
 */
export class SqliteAppendWriter {
  private readonly byId: Database.Statement<[string], EventRow>;
  private readonly streamHead: Database.Statement<[string], { revision: number; position: number }>;
  private readonly insert: Database.Statement;
  readonly appendOne: (streamId: string, events: NewEvent[], expected: ExpectedRevision, recordedAt: string) => AppendResult;

  constructor(db: Database.Database) {
    this.byId = db.prepare(`SELECT ${SELECT_COLUMNS} FROM events WHERE event_id = ?`);
    this.streamHead = db.prepare(
      'SELECT revision, position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
    );
    this.insert = db.prepare(
      `INSERT INTO events (event_id, stream_id, revision, type, schema_version, subject_id,
         occurred_at, recorded_at, data, personal, metadata)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Called inside the group transaction, better-sqlite3 turns this into a SAVEPOINT.
    const checked = db.transaction(this.write.bind(this));
    this.appendOne = (streamId, events, expected, recordedAt) => {
      if (events.length === 1 && expected === 'no-stream') {
        // The common append (a new customer, an imported row) lets the unique indexes do the
        // checks: one insert, no look-ups, no savepoint (a refused statement leaves nothing).
        // Any conflict goes through the checked path, which tells a repeat from a clash.
        try {
          return this.firstOfStream(streamId, events[0], recordedAt);
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
      return checked(streamId, events, expected, recordedAt);
    };
  }

  private firstOfStream(streamId: string, event: NewEvent, recordedAt: string): AppendResult {
    const written = this.insertOne(streamId, event, 0, recordedAt);
    return { revision: 0, position: written.position, events: [written] };
  }

  private write(streamId: string, events: NewEvent[], expected: ExpectedRevision, recordedAt: string): AppendResult {
    const found = events.map((e) => this.byId.get(e.eventId));
    const repeat = this.asRepeat(streamId, found);
    if (repeat) return repeat;
    const taken = found.find((row) => row !== undefined);
    if (taken) throw new DuplicateEventIdError(taken.event_id);
    const twice = events.find((e, i) => events.findIndex((o) => o.eventId === e.eventId) !== i);
    if (twice) throw new DuplicateEventIdError(twice.eventId);

    const head = this.streamHead.get(streamId);
    const current = head?.revision ?? -1;
    if (!satisfies(expected, current)) throw new WrongExpectedRevisionError(streamId, expected, current);
    if (events.length === 0) return { revision: current, position: head?.position ?? 0, events: [] };

    const written = events.map((event, i) => this.insertOne(streamId, event, current + 1 + i, recordedAt));
    const last = written[written.length - 1];
    return { revision: last.revision, position: last.position, events: written };
  }

  /** All ids already in this stream, consecutively and in order: the original result, nothing written. */
  private asRepeat(streamId: string, found: (EventRow | undefined)[]): AppendResult | undefined {
    if (found.length === 0 || found.some((row) => row === undefined)) return undefined;
    const rows = found as EventRow[];
    const inOrder = rows.every((row, i) => row.stream_id === streamId && row.revision === rows[0].revision + i);
    if (!inOrder) return undefined;
    const last = rows[rows.length - 1];
    return { revision: last.revision, position: last.position, events: rows.map(rowToEnvelope) };
  }

  private insertOne(streamId: string, event: NewEvent, revision: number, recordedAt: string): EventEnvelope {
    const info = this.insert.run(
      event.eventId,
      streamId,
      revision,
      event.type,
      event.schemaVersion,
      event.subjectId ?? null,
      event.occurredAt,
      recordedAt,
      JSON.stringify(event.data),
      event.personal === undefined ? null : JSON.stringify(event.personal),
      JSON.stringify(event.metadata),
    );
    const envelope: EventEnvelope = {
      ...event,
      streamId,
      revision,
      position: Number(info.lastInsertRowid),
      recordedAt,
    };
    return envelope;
  }
}

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';

function satisfies(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return current === -1;
    case 'stream-exists':
      return current >= 0;
    default:
      return current === expected;
  }
}

/** Rejects expected revisions the port does not allow, before they reach the queue. */
export function assertExpectedRevision(expected: ExpectedRevision): void {
  if (expected === 'any' || expected === 'no-stream' || expected === 'stream-exists') return;
  if (!Number.isInteger(expected) || expected < 0) {
    throw new RangeError(`expected revision must be 'any', 'no-stream', 'stream-exists' or an integer >= 0, got ${String(expected)}`);
  }
}

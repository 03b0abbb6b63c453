import { EventEnvelope } from '../envelope';
import { AllStreamResolvedEvent, BACKWARDS, DbClient, END, FORWARDS, ReadPosition, RecordedEvent, StreamNotFoundError } from './esdb-client';
import { isEnvelopeShaped, toEnvelope, toReadPosition, toSafeNumber } from './esdb-mapping';

/** The part of the client the adapter uses, so tests can hand in a double. */
export type EsdbClient = Pick<DbClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;

export interface StreamSlice {
  /** First revision to read (forwards) or `end` to read the tail (backwards). */
  from: bigint | typeof END;
  maxCount: number;
}

/** Events of one stream as recorded; [] when the stream does not exist. */
export async function readRecorded(client: EsdbClient, streamId: string, slice: StreamSlice): Promise<RecordedEvent[]> {
  const backwards = slice.from === END;
  const read = client.readStream(streamId, {
    fromRevision: slice.from,
    maxCount: slice.maxCount,
    direction: backwards ? BACKWARDS : FORWARDS,
  });
  const recorded: RecordedEvent[] = [];
  try {
    for await (const resolved of read) if (resolved.event) recorded.push(resolved.event);
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return backwards ? recorded.reverse() : recorded;
}

/** The raw position of an item of `$all`, whatever it is (system, link, foreign or ours). */
export function positionOfItem(item: AllStreamResolvedEvent): number | undefined {
  const commit = item.event?.position.commit ?? item.link?.position.commit ?? item.commitPosition;
  return commit === undefined ? undefined : toSafeNumber(commit, 'position');
}

/** Our events in `$all` order after `after`, reading pages and skipping what is not ours. */
export async function readAllAfter(
  client: EsdbClient,
  after: number,
  limit: number,
  envelopeOf: (item: AllStreamResolvedEvent) => EventEnvelope | undefined,
): Promise<EventEnvelope[]> {
  const pageSize = Math.min(Math.max(limit + 1, 2), 1000);
  const found: EventEnvelope[] = [];
  let cursor = after;
  while (found.length < limit) {
    const page = await readAllPage(client, toReadPosition(cursor), 'forwards', pageSize);
    for (const item of page) {
      const position = positionOfItem(item);
      // Forward reads include the start position itself.
      if (position === undefined || position <= cursor) continue;
      cursor = position;
      const envelope = envelopeOf(item);
      if (envelope) found.push(envelope);
    }
    if (page.length < pageSize) break;
  }
  return found.slice(0, limit);
}

/** The item of `$all` at exactly `position` (forward reads start at and include it), if there is one. */
export async function readItemAt(client: EsdbClient, position: number): Promise<AllStreamResolvedEvent | undefined> {
  const [item] = await readAllPage(client, toReadPosition(position), 'forwards', 1);
  return item && positionOfItem(item) === position ? item : undefined;
}

/** Position of our last event in `$all`, walking back over system and foreign events; 0 if none. */
export async function lastPosition(client: EsdbClient, isOurs: (item: AllStreamResolvedEvent) => boolean): Promise<number> {
  const pageSize = 100;
  let from: ReadPosition = END;
  for (;;) {
    const page = await readAllPage(client, from, 'backwards', pageSize);
    const ours = page.find(isOurs);
    if (ours) return positionOfItem(ours) ?? 0;
    const last = page[page.length - 1];
    if (page.length < pageSize || !last?.event) return 0;
    // Backward reads exclude the start position.
    from = last.event.position;
  }
}

/** True for an event this adapter wrote (not a system event, link or another application's event). */
export function isOurs(item: AllStreamResolvedEvent): boolean {
  return item.link === undefined && item.event !== undefined && isEnvelopeShaped(item.event);
}

export function envelopeOfItem(item: AllStreamResolvedEvent): EventEnvelope | undefined {
  return isOurs(item) && item.event ? toEnvelope(item.event) : undefined;
}

async function readAllPage(
  client: EsdbClient,
  fromPosition: ReadPosition,
  direction: 'forwards' | 'backwards',
  maxCount: number,
): Promise<AllStreamResolvedEvent[]> {
  const items: AllStreamResolvedEvent[] = [];
  const read = client.readAll({ fromPosition, maxCount, direction: direction === 'forwards' ? FORWARDS : BACKWARDS });
  for await (const item of read) items.push(item);
  return items;
}

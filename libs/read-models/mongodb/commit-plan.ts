import { Doc, DocumentWrite } from '../document-store.port';
import { DocumentConflictError } from '../errors';
import { assertCollectionName } from './mongo-names';

/**
 * One document write as MongoDB will run it. `guarded`: replace only when the stored
 * `_position` is lower (insert when absent). `expect`: a compare-and-set against the exact stored
 * position read before writing (`null` = absent), from a write that carried `ifPosition`.
 */
export type PlannedWrite = { kind: 'guarded'; doc: Doc } | { kind: 'expect'; doc: Doc; stored: number | null };

/** Stored `_position` per collection and `_id`, read before the commit writes anything. */
export type StoredPositions = Map<string, Map<string, number>>;

/** The ids a commit touches, per collection, in first-seen order (what to read first). */
export function idsByCollection(writes: DocumentWrite[]): Map<string, string[]> {
  const ids = new Map<string, Set<string>>();
  for (const { collection, doc } of writes) {
    assertCollectionName(collection);
    assertDoc(doc);
    const set = ids.get(collection) ?? new Set<string>();
    set.add(doc._id);
    ids.set(collection, set);
  }
  return new Map([...ids].map(([name, set]) => [name, [...set]]));
}

/**
 * Applies the port's rules to the writes in order, exactly as the embedded adapter does, and
 * leaves one write per document: a later write of the same document in the commit sees the
 * earlier one. Throws DocumentConflictError before anything is written when an `ifPosition`
 * does not hold. Collections come out in first-seen order with `lastCollection` moved last.
 */
export function planCommit(writes: DocumentWrite[], stored: StoredPositions, lastCollection?: string): Map<string, PlannedWrite[]> {
  const current = new Map([...stored].map(([name, positions]) => [name, new Map(positions)]));
  const winners = new Map<string, Map<string, PlannedWrite>>();
  for (const { collection, doc, ifPosition } of writes) {
    const positions = current.get(collection) ?? new Map<string, number>();
    current.set(collection, positions);
    const planned = winners.get(collection) ?? new Map<string, PlannedWrite>();
    winners.set(collection, planned);
    const position = positions.get(doc._id);
    const previous = planned.get(doc._id);
    if (ifPosition !== undefined) {
      if ((position ?? 0) !== ifPosition) throw new DocumentConflictError(collection, doc._id, ifPosition, position ?? 0);
    } else if (position !== undefined && doc._position <= position) {
      continue; // replayed or older: the stored document never moves backwards
    }
    positions.set(doc._id, doc._position);
    // Once a compare-and-set touched a document, later writes of it in this commit keep its
    // precondition on the originally stored state: the commit as a whole expects that state.
    const casBase = previous?.kind === 'expect' ? previous.stored : ifPosition !== undefined ? stored.get(collection)?.get(doc._id) ?? null : undefined;
    planned.set(doc._id, casBase === undefined ? { kind: 'guarded', doc: toStored(doc) } : { kind: 'expect', doc: toStored(doc), stored: casBase });
  }
  const order = [...winners.keys()].filter((name) => name !== lastCollection);
  if (lastCollection !== undefined && winners.has(lastCollection)) order.push(lastCollection);
  return new Map(order.map((name) => [name, [...winners.get(name)!.values()]] as [string, PlannedWrite[]]).filter(([, list]) => list.length > 0));
}

/**
 * Documents travel as JSON on the embedded adapter; normalising here gives MongoDB the same
 * values (dates as ISO strings, undefined fields dropped) so both deployments read alike.
 */
function toStored(doc: Doc): Doc {
  return JSON.parse(JSON.stringify(doc)) as Doc;
}

function assertDoc(doc: Doc): void {
  if (typeof doc._id !== 'string' || doc._id.length === 0) throw new TypeError('a document needs a string _id');
  if (typeof doc._position !== 'number' || !Number.isFinite(doc._position)) throw new TypeError(`document ${doc._id} needs a numeric _position`);
}

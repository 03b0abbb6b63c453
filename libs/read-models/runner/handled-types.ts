import { EventEnvelope } from '../../event-store/envelope';
import { Projection } from '../projection';

const memo = new WeakMap<Projection, Map<string, boolean>>();

/** `projection.canHandle(type)`, asked once per type (there are a few dozen types, millions of events). */
export function handles(projection: Projection, event: EventEnvelope): boolean {
  if (!projection.canHandle) return true;
  let known = memo.get(projection);
  if (!known) memo.set(projection, (known = new Map()));
  let answer = known.get(event.type);
  if (answer === undefined) known.set(event.type, (answer = projection.canHandle(event.type)));
  return answer;
}

import { Query } from 'mingo';
import { EventEnvelope } from '../../../../../libs/event-store/envelope';
import { assertNoScripts } from '../../../../../libs/read-models/mongo-semantics';

export interface ActiveRule {
  ruleId: string;
  name: string;
  on: string;
  condition: Record<string, unknown>;
  action: { kind: string; [field: string]: unknown };
  definedPosition: number;
  disabledPosition: number | null;
}

/**
 * Whether a rule applies to an event: the event type, the rule in force at the event's position
 * (defined before it, not yet disabled), and the condition over `{ type, data, occurredAt }` —
 * never over personal fields. Events caused by automation trigger nothing, so rules cannot loop.
 */
export function ruleApplies(rule: ActiveRule, event: EventEnvelope): boolean {
  if (!mayTrigger(rule, event)) return false;
  assertNoScripts(rule.condition);
  return new Query(rule.condition, { scriptEnabled: false }).test({ type: event.type, data: event.data, occurredAt: event.occurredAt });
}

/** What can be told without the event's data (a sealed copy will do): its type, position and source. */
export function mayTrigger(rule: ActiveRule, event: Pick<EventEnvelope, 'type' | 'position' | 'metadata'>): boolean {
  if (rule.on !== event.type || event.metadata.source === 'automation') return false;
  return event.position > rule.definedPosition && (rule.disabledPosition === null || event.position < rule.disabledPosition);
}

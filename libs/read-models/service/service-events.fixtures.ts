import { CaseCommand } from '../../domain/service/case/case.commands';
import { caseDecider } from '../../domain/service/case/case.decider';
import { CaseEvent } from '../../domain/service/case/case.events';
import { fold } from '../../domain/shared/decider';
import { testContext } from '../../domain/testing/decider-spec';
import { EventEnvelope } from '../../event-store/envelope';
import { EnvelopeLog } from '../testing/event-fixtures';

/** Runs case commands through the real decider, each at its time, and numbers the events like a store. */
export function caseEnvelopes(log: EnvelopeLog, ...steps: [CaseCommand, string][]): EventEnvelope[] {
  const events: CaseEvent[] = [];
  const envelopes: EventEnvelope[] = [];
  for (const [command, at] of steps) {
    for (const event of caseDecider.decide(command, fold(caseDecider, events), testContext(at))) {
      events.push(event);
      envelopes.push(log.event(`case-${command.caseId}`, event.type, event.data, event.personal, at));
    }
  }
  return envelopes;
}

export const feedbackEnvelope = (log: EnvelopeLog, id: string, kind: 'nps' | 'csat', score: number, at: string, extra: Record<string, unknown> = {}) =>
  log.event(`feedback-${id}`, 'crm.feedback.recorded', { feedbackId: id, customerId: 'cus-1', kind, score, ...extra }, { comment: 'ok' }, at);

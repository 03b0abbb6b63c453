import { CaseCommand } from '../../domain/service/case/case.commands';
import { openCase, ref } from '../../domain/service/case/case.fixtures';
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

/** Three cases for the KPI pipelines (one answered and resolved, one breached and open, one answered over a weekend). */
export function kpiCaseEvents(): EventEnvelope[] {
  const log = new EnvelopeLog();
  return [
    // case-1: answered after 30 business minutes, resolved after 2 h; case-2: breached, still open; case-3: answered after 4 h (Friday → Monday).
    ...caseEnvelopes(log, [openCase, '2026-03-03T09:00:00.000Z'], [{ type: 'RespondToCase', ...ref }, '2026-03-03T09:30:00.000Z'], [{ type: 'ResolveCase', ...ref }, '2026-03-03T11:00:00.000Z']),
    ...caseEnvelopes(log, [{ ...openCase, caseId: 'case-2', priority: 'urgent', channel: 'phone', country: 'DE' }, '2026-03-03T10:00:00.000Z'],
      [{ type: 'RecordSlaBreach', caseId: 'case-2', clock: 'firstResponse', dueAt: '2026-03-03T10:15:00.000Z', observedAt: '2026-03-03T10:16:00.000Z' }, '2026-03-03T10:15:00.000Z']),
    ...caseEnvelopes(log, [{ ...openCase, caseId: 'case-3' }, '2026-03-06T15:00:00.000Z'], [{ type: 'RespondToCase', ...ref, caseId: 'case-3' }, '2026-03-09T11:00:00.000Z']),
  ];
}

/** Four NPS answers over two months and countries, and two CSAT answers. */
export function kpiFeedbackEvents(): EventEnvelope[] {
  const l = new EnvelopeLog();
  return [
    feedbackEnvelope(l, 'f1', 'nps', 10, '2026-02-10T00:00:00.000Z', { country: 'IR' }),
    feedbackEnvelope(l, 'f2', 'nps', 3, '2026-03-10T00:00:00.000Z', { country: 'IR' }),
    feedbackEnvelope(l, 'f3', 'nps', 9, '2026-03-11T00:00:00.000Z', { country: 'DE' }),
    feedbackEnvelope(l, 'f4', 'nps', 7, '2026-03-12T00:00:00.000Z'),
    feedbackEnvelope(l, 'f5', 'csat', 4, '2026-03-12T00:00:00.000Z'),
    feedbackEnvelope(l, 'f6', 'csat', 5, '2026-03-12T00:00:00.000Z'),
  ];
}

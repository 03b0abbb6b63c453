import { CaseCommand } from '../../domain/service/case/case.commands';
import { caseDecider } from '../../domain/service/case/case.decider';
import { CaseEvent } from '../../domain/service/case/case.events';
import { SlaPolicySnapshot } from '../../domain/service/sla-policy/sla-policy.decider';
import { fold } from '../../domain/shared/decider';
import { EventEnvelope } from '../../event-store/envelope';

const week = (hours: [string, string][]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const targets = { urgent: { firstResponse: 'PT15M', resolution: 'PT4H' }, high: { firstResponse: 'PT1H', nextResponse: 'PT2H', resolution: 'PT8H' }, normal: { firstResponse: 'PT4H', resolution: 'PT24H' }, low: { resolution: 'PT40H' } };
const POLICIES: SlaPolicySnapshot[] = [
  { slaPolicyId: 'ny', version: 1, timeZone: 'America/New_York', workingHours: week([['09:00', '17:00']]), holidays: ['2025-11-27', '2025-12-25', '2026-01-01'], targets },
  { slaPolicyId: 'teh', version: 1, timeZone: 'Asia/Tehran', workingHours: { sat: [['08:00', '16:00']], sun: [['08:00', '16:00']], mon: [['08:00', '16:00']], tue: [['08:00', '16:00']], wed: [['08:00', '16:00']], thu: [['08:00', '12:00']] }, holidays: ['2026-03-21', '2026-03-22'], targets },
  { slaPolicyId: 'ber', version: 1, timeZone: 'Europe/Berlin', workingHours: week([['08:00', '18:00']]), holidays: ['2025-12-25', '2026-01-01'], targets },
];
const PRIORITIES = ['urgent', 'high', 'normal', 'low'];
const CHANNELS = ['web', 'phone', 'email', 'chat', 'sms'];
export const COUNTRIES = ['US', 'IR', 'DE', 'FR', 'TR'];
export const START = Date.parse('2025-07-01T00:00:00Z');
export const MINUTE = 60_000;

/** The events of case c: opened over a year, most answered, many resolved, some breached or reopened; decided by the real decider. */
export function caseEvents(c: number): { at: string; event: CaseEvent }[] {
  const policy = POLICIES[c % POLICIES.length];
  const caseId = `case-${c}`;
  const opened = START + ((c * 7919) % (365 * 24 * 60)) * MINUTE;
  const ref = { caseId, policy };
  const steps: [CaseCommand, number][] = [[{
    type: 'OpenCase', ...ref, customerId: `cus-${c % 20_000}`, channel: CHANNELS[c % 5], priority: PRIORITIES[c % 4], interactionId: `int-${c}`,
    subject: 'Order arrived damaged', country: COUNTRIES[(c >> 2) % 5], partnerId: `partner-${c % 40}`,
  }, opened]];
  if (c % 10 < 8) steps.push([{ type: 'RespondToCase', ...ref }, opened + ((c % 13) * 17 + 5) * MINUTE]);
  if (c % 10 < 6) steps.push([{ type: 'ResolveCase', ...ref }, opened + ((c % 29) * 97 + 60) * MINUTE]);
  if (c % 50 === 0) steps.push([{ type: 'ReopenCase', ...ref }, opened + 5 * 24 * 60 * MINUTE]);
  // Escalation moves a case to another priority's figures after it was counted under the first.
  if (c % 7 === 3) steps.splice(1, 0, [{ type: 'EscalateCase', ...ref, reason: 'angry customer' }, opened + 3 * MINUTE]);
  const out: { at: string; event: CaseEvent }[] = [];
  for (const [command, ms] of steps) {
    const at = new Date(ms).toISOString();
    const state = fold(caseDecider, out.map((o) => o.event));
    for (const event of caseDecider.decide(command, state, { now: at, newId: () => 'x' })) out.push({ at, event });
  }
  return out;
}

/** Cases 0 … n−1 as the log would hold them, one case's events after another (positions from 1). */
export function generatedCaseLog(cases: number): EventEnvelope[] {
  const log: EventEnvelope[] = [];
  for (let c = 0; c < cases; c++) {
    caseEvents(c).forEach(({ at, event }, i) => log.push({
      eventId: `case-${c}-${i}`, type: event.type, schemaVersion: 1, data: event.data as Record<string, unknown>, ...(event.personal ? { personal: event.personal } : {}),
      subjectId: String(event.data.customerId), occurredAt: at, metadata: { actor: 'spec', correlationId: 'spec', source: 'import' },
      streamId: `case-case-${c}`, revision: i + 1, position: log.length + 1, recordedAt: at,
    }));
  }
  return log;
}

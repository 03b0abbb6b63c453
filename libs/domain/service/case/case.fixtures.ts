import { testContext } from '../../testing/decider-spec';
import { SlaPolicySnapshot } from '../sla-policy/sla-policy.decider';
import { CaseCommand, OpenCase } from './case.commands';
import { caseDecider } from './case.decider';
import { CaseEvent } from './case.events';
import { fold } from '../../shared/decider';

const nineToFive: [string, string][] = [['09:00', '17:00']];

/** Weekdays 09:00–17:00 UTC; high priority: first response 1 h, next response 2 h, resolution 8 h. */
export const policy: SlaPolicySnapshot = {
  slaPolicyId: 'pol-1', version: 1, timeZone: 'UTC',
  workingHours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive }, holidays: [],
  targets: { high: { firstResponse: 'PT1H', nextResponse: 'PT2H', resolution: 'PT8H' }, urgent: { firstResponse: 'PT15M', resolution: 'PT4H' }, low: { resolution: 'PT40H' } },
};

export const openCase: OpenCase = {
  type: 'OpenCase', caseId: 'case-1', customerId: 'cus-1', channel: 'email', priority: 'high', interactionId: 'int-1',
  subject: 'Refund not received', description: 'Ordered on 1 March.', policy, country: 'IR', partnerId: 'p-1',
};

/** Runs commands one after another, each at its own time, and returns all events so far. */
export function history(...steps: [CaseCommand, string][]): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (const [command, at] of steps) events.push(...caseDecider.decide(command, fold(caseDecider, events), testContext(at)));
  return events;
}

export const ref = { caseId: 'case-1', policy };

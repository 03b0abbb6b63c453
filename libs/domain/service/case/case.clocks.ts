import { BusinessCalendar } from '../business-time/calendar';
import { SlaPolicySnapshot, targetMs } from '../sla-policy/sla-policy.decider';
import { Priority, SLA_CLOCKS, SlaClockName } from '../sla-policy/sla-policy.events';
import { SlaClocks } from './case.events';
import { completeClock, pauseClock, resumeClock, retargetClock, SlaClock, startClock } from './sla-clock';

type ClockStep = (clock: SlaClock, name: SlaClockName) => SlaClock;

const each = (clocks: SlaClocks, step: ClockStep): SlaClocks =>
  Object.fromEntries(SLA_CLOCKS.filter((name) => clocks[name]).map((name) => [name, step(clocks[name]!, name)]));

/** What each case action does to its clocks (see docs/service.md, "SLA clock rules"). */
export const clockRules = {
  open(policy: SlaPolicySnapshot, priority: Priority, now: string): SlaClocks {
    const clocks: SlaClocks = {};
    for (const name of ['firstResponse', 'resolution'] as const) {
      const target = targetMs(policy.targets, priority, name);
      if (target) clocks[name] = startClock(target, now, policy);
    }
    return clocks;
  },
  /** An agent's answer meets the first-response clock and the running next-response clock. */
  respond: (clocks: SlaClocks, now: string, calendar: BusinessCalendar): SlaClocks =>
    each(clocks, (clock, name) => (name === 'resolution' ? clock : completeClock(clock, 'met', now, calendar))),
  pause: (clocks: SlaClocks, now: string, calendar: BusinessCalendar): SlaClocks => each(clocks, (clock) => pauseClock(clock, now, calendar)),
  /** The customer answered: paused clocks run again, and once first response is done a reply is owed. */
  resume(clocks: SlaClocks, now: string, policy: SlaPolicySnapshot, priority: Priority): SlaClocks {
    const resumed = each(clocks, (clock) => (clock.state === 'paused' ? resumeClock(clock, now, policy) : clock));
    return owesReply(resumed, now, policy, priority);
  },
  /** A resolution answers the customer too: every clock still going is met. */
  resolve: (clocks: SlaClocks, now: string, calendar: BusinessCalendar): SlaClocks => each(clocks, (clock) => completeClock(clock, 'met', now, calendar)),
  /** Resolution time continues from where it stopped; the customer is owed a reply. */
  reopen(clocks: SlaClocks, now: string, policy: SlaPolicySnapshot, priority: Priority): SlaClocks {
    const reopened = each(clocks, (clock, name) => (name === 'resolution' ? resumeClock(clock, now, policy) : clock));
    return owesReply(reopened, now, policy, priority);
  },
  close: (clocks: SlaClocks, now: string, calendar: BusinessCalendar): SlaClocks => each(clocks, (clock) => completeClock(clock, 'stopped', now, calendar)),
  /** New targets (another priority) or another calendar: due times move, time used stays. */
  retarget: (clocks: SlaClocks, policy: SlaPolicySnapshot, priority: Priority): SlaClocks =>
    each(clocks, (clock, name) => retargetClock(clock, targetMs(policy.targets, priority, name) ?? clock.targetMs, policy)),
};

function owesReply(clocks: SlaClocks, now: string, policy: SlaPolicySnapshot, priority: Priority): SlaClocks {
  const first = clocks.firstResponse;
  const target = targetMs(policy.targets, priority, 'nextResponse');
  if ((first && first.state !== 'met' && first.state !== 'stopped') || !target) return clocks;
  if (clocks.nextResponse?.state === 'running') return clocks;
  return { ...clocks, nextResponse: startClock(target, now, policy) };
}

import { addBusinessTime, businessTimeBetween } from '../business-time/business-time';
import { BusinessCalendar } from '../business-time/calendar';

/** A warning is due once this share of the target is used. */
export const WARN_AT = 0.8;

/**
 * One SLA clock of a case. Business time used is kept in two parts: `usedMs` before the running
 * segment, and the segment since `runningSince`, measured on demand with the calendar; so a
 * calendar correction re-measures the running segment and due times move with it.
 */
export interface SlaClock {
  state: 'running' | 'paused' | 'met' | 'stopped';
  targetMs: number;
  usedMs: number;
  runningSince: string | null;
  /** While running: when the target is used up. */
  dueAt: string | null;
  /** While running and not yet warned: when WARN_AT of the target is used up. */
  warnAt: string | null;
  completedAt: string | null;
  /** Business time from start to completion (met or stopped). */
  elapsedMs: number | null;
  /** When the target was used up, if it was before the clock completed (the breach instant, business time). */
  breachedAt: string | null;
  warnedAt: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

function due(clock: SlaClock, calendar: BusinessCalendar): SlaClock {
  if (clock.state !== 'running' || !clock.runningSince) return { ...clock, dueAt: null, warnAt: null };
  const since = Date.parse(clock.runningSince);
  const warnLeft = clock.targetMs * WARN_AT - clock.usedMs;
  return {
    ...clock,
    dueAt: iso(addBusinessTime(since, Math.max(0, clock.targetMs - clock.usedMs), calendar)),
    warnAt: clock.warnedAt || clock.breachedAt || warnLeft <= 0 ? null : iso(addBusinessTime(since, warnLeft, calendar)),
  };
}

export function startClock(targetMs: number, now: string, calendar: BusinessCalendar): SlaClock {
  return due({ state: 'running', targetMs, usedMs: 0, runningSince: now, dueAt: null, warnAt: null, completedAt: null, elapsedMs: null, breachedAt: null, warnedAt: null }, calendar);
}

/**
 * The breach of a running clock that stops at `now`: its due time if it stops after it. A breach
 * recorded earlier (the scheduler saw the due time pass) is withdrawn when the clock stops at or
 * before it: a fact entered after the event, back-dated, shows the target was met.
 */
function breachedBy(clock: SlaClock, now: string): string | null {
  const withdrawn = clock.state === 'running' && clock.breachedAt !== null && now <= clock.breachedAt;
  if (clock.breachedAt && !withdrawn) return clock.breachedAt;
  return clock.state === 'running' && clock.dueAt && now > clock.dueAt ? clock.dueAt : null;
}

function usedUntil(clock: SlaClock, now: string, calendar: BusinessCalendar): number {
  if (clock.state !== 'running' || !clock.runningSince) return clock.usedMs;
  return clock.usedMs + Math.max(0, businessTimeBetween(Date.parse(clock.runningSince), Date.parse(now), calendar));
}

export function pauseClock(clock: SlaClock, now: string, calendar: BusinessCalendar): SlaClock {
  if (clock.state !== 'running') return clock;
  return { ...clock, state: 'paused', usedMs: usedUntil(clock, now, calendar), runningSince: null, dueAt: null, warnAt: null, breachedAt: breachedBy(clock, now) };
}

export function resumeClock(clock: SlaClock, now: string, calendar: BusinessCalendar): SlaClock {
  if (clock.state === 'running') return clock;
  const usedMs = clock.state === 'paused' ? clock.usedMs : (clock.elapsedMs ?? clock.usedMs);
  return due({ ...clock, state: 'running', usedMs, runningSince: now, completedAt: null, elapsedMs: null }, calendar);
}

export function completeClock(clock: SlaClock, outcome: 'met' | 'stopped', now: string, calendar: BusinessCalendar): SlaClock {
  if (clock.state === 'met' || clock.state === 'stopped') return clock;
  const elapsedMs = usedUntil(clock, now, calendar);
  return { ...clock, state: outcome, usedMs: elapsedMs, elapsedMs, runningSince: null, dueAt: null, warnAt: null, completedAt: now, breachedAt: breachedBy(clock, now) };
}

/** The clock under another target or calendar: due times move, business time already used stays. */
export function retargetClock(clock: SlaClock, targetMs: number, calendar: BusinessCalendar): SlaClock {
  return due({ ...clock, targetMs }, calendar);
}

export const markWarned = (clock: SlaClock, at: string): SlaClock => ({ ...clock, warnedAt: at, warnAt: null });
export const markBreached = (clock: SlaClock, at: string): SlaClock => ({ ...clock, breachedAt: at, warnAt: null });

/** Business time left at `now` (negative once overdue); null when the clock is not running. */
export function remainingMs(clock: SlaClock, now: string, calendar: BusinessCalendar): number | null {
  if (clock.state !== 'running' && clock.state !== 'paused') return null;
  return clock.targetMs - usedUntil(clock, now, calendar);
}

import { BusinessCalendar } from '../../../../../libs/domain/service/business-time/calendar';
import { remainingMs } from '../../../../../libs/domain/service/case/sla-clock';
import { SLA_CLOCKS } from '../../../../../libs/domain/service/sla-policy/sla-policy.events';
import { CaseDocument } from '../../../../../libs/read-models/service/case.document';
import { View } from './service.queries';

const minutes = (ms: number | null | undefined) => (ms == null ? null : Math.round((ms / 60_000) * 100) / 100);

/**
 * A case as clients see it: `sla.firstResponseDueAt`, `sla.resolutionDueAt`, `sla.breached`, and per
 * clock the business minutes remaining at `now` (under the policy's current calendar).
 */
export function caseView(doc: CaseDocument, calendar: BusinessCalendar | null, now: string): View {
  const { _id, _position, sla, statusHistory: _h, resolutions: _r, nextDueAt, ...rest } = doc;
  const overdue = nextDueAt !== null && nextDueAt <= now;
  const clocks = Object.fromEntries(SLA_CLOCKS.filter((name) => sla[name]).map((name) => {
    const clock = sla[name]!;
    const remaining = calendar ? remainingMs(clock, now, calendar) : null;
    return [name, {
      state: clock.state, targetMinutes: minutes(clock.targetMs), dueAt: clock.dueAt, warnAt: clock.warnAt, remainingMinutes: minutes(remaining),
      elapsedMinutes: minutes(clock.elapsedMs), completedAt: clock.completedAt, warnedAt: clock.warnedAt,
      breachedAt: clock.breachedAt ?? (clock.state === 'running' && clock.dueAt && clock.dueAt <= now ? clock.dueAt : null),
    }];
  }));
  const breachedAt = [...doc.breaches.map((b) => b.at), ...(overdue ? [nextDueAt] : [])].sort()[0] ?? null;
  return {
    ...rest, caseId: String(_id), position: _position,
    sla: {
      firstResponseDueAt: sla.firstResponse?.dueAt ?? null, nextResponseDueAt: sla.nextResponse?.dueAt ?? null, resolutionDueAt: sla.resolution?.dueAt ?? null,
      breached: doc.breached || overdue, breachedAt, nextDueAt, clocks,
    },
  };
}

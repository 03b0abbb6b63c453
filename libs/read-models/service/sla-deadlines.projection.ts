import { SlaClocks } from '../../domain/service/case/case.events';
import { SLA_CLOCKS, SlaClockName } from '../../domain/service/sla-policy/sla-policy.events';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';

/**
 * Pending SLA deadlines, kept durably so the scheduler finds them after a restart: one document per
 * case, clock and kind (`warning` | `breach`), with `dueAt` null once nothing is pending.
 */
export interface SlaDeadline extends Doc {
  caseId: string;
  customerId: string;
  clock: SlaClockName;
  kind: 'warning' | 'breach';
  dueAt: string | null;
}

const KINDS = ['warning', 'breach'] as const;
const idOf = (caseId: string, clock: string, kind: string) => `${caseId}:${clock}:${kind}`;

export const slaDeadlinesProjection: Projection = {
  name: 'sla-deadlines',
  version: 1,
  indexes: [{ fields: { dueAt: 1 } }, { fields: { caseId: 1 } }],
  documentIds(event) {
    const { caseId, sla } = event.data;
    if (!event.type.startsWith('crm.case.') || typeof caseId !== 'string' || !sla) return [];
    return SLA_CLOCKS.flatMap((clock) => KINDS.map((kind) => idOf(caseId, clock, kind)));
  },
  evolve(doc, event, id) {
    const [caseId, clock, kind] = id.split(':').slice(-3) as [string, SlaClockName, 'warning' | 'breach'];
    const state = (event.data.sla as SlaClocks)[clock];
    const pending = state?.state === 'running' && !state.breachedAt;
    const dueAt = !pending ? null : kind === 'breach' ? state.dueAt : state.warnedAt ? null : state.warnAt;
    if (!doc && !dueAt) return null;
    return { _id: id, caseId: String(event.data.caseId ?? caseId), customerId: String(event.data.customerId), clock, kind, dueAt: dueAt ?? null };
  },
};

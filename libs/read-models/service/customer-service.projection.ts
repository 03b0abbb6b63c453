import { CaseStatus } from '../../domain/service/case/case.events';
import { Doc } from '../document-store.port';
import { withoutPersonal } from '../../privacy/personal-data-inventory';
import { Projection } from '../projection';

const KEPT_CASES = 50;
const STATUS_AFTER: Partial<Record<string, CaseStatus>> = {
  'crm.case.waiting-on-customer': 'waiting', 'crm.case.resumed': 'open', 'crm.case.resolved': 'resolved', 'crm.case.reopened': 'open', 'crm.case.closed': 'closed',
};

interface CaseSummary { caseId: string; subject: string | null; priority: string; status: CaseStatus; openedAt: string; breached: boolean }
interface Score { feedbackId: string; score: number; at: string; caseId: string | null }

const handled = (type: string): boolean => type.startsWith('crm.case.') || type === 'crm.feedback.recorded' || type === 'crm.customer.erased';

/** The service part of the 360° view (`_id` = customer id): open cases and the last NPS and CSAT. */
export const customerServiceProjection: Projection = {
  name: 'customer-service',
  version: 1,
  indexes: [],
  canHandle: handled,
  documentIds(event) {
    const about = handled(event.type);
    return about && typeof event.data.customerId === 'string' ? [event.data.customerId] : [];
  },
  evolve(doc, event, customerId) {
    if (event.type === 'crm.customer.erased') return doc && withoutPersonal('customer-service', doc);
    const current = (doc as Doc & { cases: CaseSummary[]; lastNps: Score | null; lastCsat: Score | null }) ?? { cases: [], lastNps: null, lastCsat: null };
    const { data } = event;
    if (event.type === 'crm.feedback.recorded') {
      const score: Score = { feedbackId: String(data.feedbackId), score: Number(data.score), at: event.occurredAt, caseId: (data.caseId as string) ?? null };
      const field = data.kind === 'nps' ? 'lastNps' : 'lastCsat';
      const last = current[field];
      // The latest in business time wins, so a back-dated survey does not hide a newer one.
      return { ...current, _id: customerId, customerId, [field]: !last || last.at <= score.at ? score : last };
    }
    let cases = current.cases;
    if (event.type === 'crm.case.opened') {
      const opened: CaseSummary = { caseId: String(data.caseId), subject: (event.personal?.subject as string) ?? null, priority: String(data.priority), status: 'open', openedAt: event.occurredAt, breached: false };
      cases = [opened, ...cases.filter((c) => c.caseId !== opened.caseId)].slice(0, KEPT_CASES);
    } else {
      cases = cases.map((c) => (c.caseId !== data.caseId ? c : {
        ...c, status: STATUS_AFTER[event.type] ?? c.status, priority: (data.priority as string) ?? c.priority,
        breached: c.breached || event.type === 'crm.case.sla-breached' || hasBreach(data.sla),
      }));
    }
    const openCases = cases.filter((c) => c.status === 'open' || c.status === 'waiting');
    return { ...current, _id: customerId, customerId, cases, openCases, openCaseCount: openCases.length };
  },
};

const hasBreach = (sla: unknown): boolean =>
  !!sla && Object.values(sla as Record<string, { breachedAt?: string | null }>).some((clock) => clock?.breachedAt);

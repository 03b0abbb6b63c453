import { getJson } from '../api';
import { cell, PanelDef, readsAnalytics, readsCases } from '../panel';
import { analyticsParams } from './query';

interface Kpis { backlog: number; breachRate: number | null; breached: number; cases: number; key: string | null;
  firstResponseMinutes: { median: number | null }; resolutionMinutes: { median: number | null } }
interface ServiceAnswer { overall: Kpis; byPriority: Kpis[] }

/** Medians in business minutes, breach rate and backlog, of the chosen country and partner subtree. */
export const serviceKpisPanel: PanelDef = {
  id: 'service-kpis', view: 'service', title: (t) => t.serviceKpis, visible: readsAnalytics,
  async load(ctx) {
    const { t, f } = ctx;
    const answer = await getJson<ServiceAnswer>('/v1/analytics/service', analyticsParams(ctx, false));
    const headline = answer.overall;
    if (headline.cases === 0) return { columns: [], rows: [] };
    const minutes = (n: number | null) => (n === null ? '—' : `${f.number(n)} ${t.minutes}`);
    return {
      figures: [
        { id: 'first-response', label: t.firstResponse, cell: cell(minutes(headline.firstResponseMinutes.median), headline.firstResponseMinutes.median) },
        { id: 'resolution', label: t.resolution, cell: cell(minutes(headline.resolutionMinutes.median), headline.resolutionMinutes.median) },
        { id: 'breach-rate', label: t.breachRate, cell: cell(f.percent(headline.breachRate), headline.breachRate) },
        { id: 'backlog', label: t.backlog, cell: cell(f.number(headline.backlog), headline.backlog) },
      ],
      chart: { type: 'bar', counts: true, labels: answer.byPriority.map((k) => k.key ?? ''), series: [{ label: t.backlog, values: answer.byPriority.map((k) => k.backlog) }] },
      columns: [t.priority, t.backlog, t.cases, t.breached, t.breachRate, t.firstResponse, t.resolution],
      rows: answer.byPriority.map((k) => [
        cell(k.key ?? '', k.key), cell(f.number(k.backlog), k.backlog), cell(f.number(k.cases), k.cases), cell(f.number(k.breached), k.breached),
        cell(f.percent(k.breachRate), k.breachRate), cell(f.number(k.firstResponseMinutes.median), k.firstResponseMinutes.median),
        cell(f.number(k.resolutionMinutes.median), k.resolutionMinutes.median),
      ]),
    };
  },
};

interface CaseRow { caseId: string; priority: string; country: string | null; partnerId: string | null; openedAt: string; sla: { breachedAt: string | null } }

/** Open cases past an SLA due time. Ids, priority, country and times only: never a subject or a name. */
export const breachedCasesPanel: PanelDef = {
  id: 'breached-cases', view: 'service', title: (t) => t.breachedCases, visible: readsCases,
  async load(ctx) {
    const { state, t, f } = ctx;
    const page = await getJson<{ items: CaseRow[] }>('/v1/cases', { breached: 'true', status: 'open', limit: '200', country: state.country, partnerId: state.partnerId });
    const rows = page.items;
    if (!rows.length) return { columns: [], rows: [], notes: [t.breachedNow] };
    return {
      figures: [{ id: 'breached-open', label: t.breachedCases, cell: cell(f.number(rows.length), rows.length) }],
      columns: [t.caseId, t.priority, t.caseCountry, t.opened, t.breachedAt],
      rows: rows.map((c) => [
        cell(c.caseId.slice(0, 8), c.caseId), cell(c.priority, c.priority), cell(c.country ?? '—', c.country), cell(f.instant(c.openedAt), c.openedAt),
        cell(f.instant(c.sla.breachedAt), c.sla.breachedAt),
      ]),
      notes: [t.breachedNow],
    };
  },
};

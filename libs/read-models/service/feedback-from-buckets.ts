import { DocumentCollection } from '../document-store.port';
import { aggregateIn } from '../mongo-semantics';
import { FeedbackDayAnswers, FeedbackDayTotals } from './feedback-daily.projection';
import { KpiWindow, npsFigures, NpsPeriod, PERIOD_LENGTHS } from './service-kpis';

interface Counts { responses: number; promoters: number; detractors: number; sum: number }
type Rows = Map<string, { key: unknown; counts: Counts }>;

const LAST_MS = 'T23:59:59.999Z';
const inWindow = (at: string, w: KpiWindow) => at <= w.asOf && (!w.from || at >= w.from) && (!w.to || at < w.to);
// A day wholly inside the window is read from its totals; only the days the bounds cut walk their answers.
const wholeDay = (day: string, w: KpiWindow) => `${day}${LAST_MS}` <= w.asOf && (!w.from || `${day}T00:00:00.000Z` >= w.from) && (!w.to || `${day}${LAST_MS}` < w.to);

/** The day totals the window touches: one indexed range over `day`, a few hundred documents for a year. */
async function daysOf(days: DocumentCollection, w: KpiWindow): Promise<FeedbackDayTotals[]> {
  const upper = w.to && w.to < w.asOf ? w.to : w.asOf;
  const filter = { day: { $lte: upper.slice(0, 10), ...(w.from ? { $gte: w.from.slice(0, 10) } : {}) } };
  return (await days.find(filter)) as FeedbackDayTotals[];
}

interface ScoreCounts { kind: string; country: string | null; partnerId: string | null; scores: number[]; day: string }

/** Score counts per kind × country × partner × day in the window: whole days from their totals, cut days answer by answer. */
async function scoreCounts(days: DocumentCollection, w: KpiWindow, partners?: string[]): Promise<ScoreCounts[]> {
  const visible = (partnerId: string | null) => !partners || (partnerId !== null && partners.includes(partnerId));
  const totals = await daysOf(days, w);
  const out: ScoreCounts[] = [];
  const cut: string[] = [];
  for (const doc of totals) {
    if (!wholeDay(doc.day, w)) cut.push(doc.day);
    else for (const t of doc.totals) if (visible(t.partnerId)) out.push({ ...t, day: doc.day });
  }
  const answers = cut.length ? ((await days.find({ answersOf: { $in: cut } })) as FeedbackDayAnswers[]) : [];
  for (const doc of answers) {
    for (const [kind, score, country, partnerId, at] of doc.answers) {
      if (!inWindow(at, w) || !visible(partnerId)) continue;
      const scores: number[] = [];
      scores[score] = 1;
      out.push({ kind, country, partnerId, scores, day: doc.answersOf });
    }
  }
  return out;
}

function add(rows: Rows, id: string, key: unknown, scores: number[]): void {
  const row = rows.get(id) ?? rows.set(id, { key, counts: { responses: 0, promoters: 0, detractors: 0, sum: 0 } }).get(id)!;
  scores.forEach((n, score) => {
    if (!n) return;
    row.counts.responses += n;
    row.counts.sum += n * score;
    if (score >= 9) row.counts.promoters += n;
    if (score <= 6) row.counts.detractors += n;
  });
}

const shaped = (rows: Rows, sort?: Record<string, 1>) =>
  aggregateIn([...rows.values()].map(({ key, counts }) => ({ _id: key as string, ...counts })), npsFigures(sort));

/**
 * NPS and CSAT from the daily buckets: the same figures as npsPipeline and csatPipeline over the
 * feedback documents (the same rounding, run by the same expression), for any window, reading one
 * document per day instead of one per answer. `partners` narrows to a partner key's subtree.
 */
export async function feedbackFromBuckets(days: DocumentCollection, w: KpiWindow, period: NpsPeriod, partners?: string[]) {
  const overall: Rows = new Map();
  const trend: Rows = new Map();
  const byCountry: Rows = new Map();
  const byPartner: Rows = new Map();
  const csat = { responses: 0, sum: 0 };
  for (const t of await scoreCounts(days, w, partners)) {
    if (t.kind === 'csat') {
      t.scores.forEach((n, score) => { if (n) { csat.responses += n; csat.sum += n * score; } });
      continue;
    }
    if (t.kind !== 'nps') continue;
    const p = t.day.slice(0, PERIOD_LENGTHS[period]);
    const country = t.country ?? 'unknown';
    const partner = t.partnerId ?? 'none';
    add(overall, '', null, t.scores);
    add(trend, p, p, t.scores);
    add(byCountry, JSON.stringify([p, country]), { period: p, country }, t.scores);
    add(byPartner, JSON.stringify([p, partner]), { period: p, partner }, t.scores);
  }
  const [csatRow] = csat.responses ? aggregateIn([{ _id: null, ...csat }], [{ $project: { _id: 0, responses: 1, average: { $round: [{ $divide: ['$sum', '$responses'] }, 2] } } }]) : [];
  return {
    nps: { overall: shaped(overall), trend: shaped(trend),
      byCountry: shaped(byCountry, { 'key.period': 1, 'key.country': 1 }), byPartner: shaped(byPartner, { 'key.period': 1, 'key.partner': 1 }) },
    csat: csatRow ?? null,
  };
}

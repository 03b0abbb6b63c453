import { DocumentCollection } from '../document-store.port';
import { aggregateIn } from '../mongo-semantics';
import { FeedbackDayAnswers, FeedbackDayTotals } from './feedback-daily.projection';
import { KpiWindow, npsFigures, NpsPeriod, PERIOD_LENGTHS } from './service-kpis';

interface Counts { responses: number; promoters: number; detractors: number }
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

const SEP = '\u0000';

/** Score counts per period × country × partner of the NPS answers in the window, and the CSAT sum and count. */
async function countScores(days: DocumentCollection, w: KpiWindow, period: NpsPeriod, partners?: string[], onlyCountry?: string) {
  const visible = (partnerId: string | null, country: string | null) =>
    (!partners || (partnerId !== null && partners.includes(partnerId))) && (!onlyCountry || country === onlyCountry);
  const nps = new Map<string, number[]>();
  const csat = { responses: 0, sum: 0 };
  const count = (kind: string, day: string, country: string | null, partnerId: string | null, scores: number[]) => {
    if (!visible(partnerId, country)) return;
    if (kind === 'csat') {
      for (let s = 0; s < scores.length; s++) if (scores[s]) { csat.responses += scores[s]; csat.sum += scores[s] * s; }
      return;
    }
    if (kind !== 'nps') return;
    const key = `${day.slice(0, PERIOD_LENGTHS[period])}${SEP}${country ?? 'unknown'}${SEP}${partnerId ?? 'none'}`;
    const into = nps.get(key) ?? nps.set(key, new Array(11).fill(0)).get(key)!;
    for (let s = 0; s < scores.length; s++) if (scores[s]) into[s] += scores[s];
  };
  const cut: string[] = [];
  for (const doc of await daysOf(days, w)) {
    if (!wholeDay(doc.day, w)) cut.push(doc.day);
    else for (const t of doc.totals) count(t.kind, doc.day, t.country, t.partnerId, t.scores);
  }
  const answers = cut.length ? ((await days.find({ answersOf: { $in: cut } })) as FeedbackDayAnswers[]) : [];
  for (const doc of answers) {
    for (const [kind, score, country, partnerId, at] of doc.answers) {
      if (!inWindow(at, w)) continue;
      const scores: number[] = new Array(score + 1).fill(0);
      scores[score] = 1;
      count(kind, doc.answersOf, country, partnerId, scores);
    }
  }
  return { nps, csat };
}

function add(rows: Rows, id: string, key: unknown, scores: number[]): void {
  const row = rows.get(id) ?? rows.set(id, { key, counts: { responses: 0, promoters: 0, detractors: 0 } }).get(id)!;
  for (let score = 0; score < scores.length; score++) {
    const n = scores[score];
    if (!n) continue;
    row.counts.responses += n;
    if (score >= 9) row.counts.promoters += n;
    if (score <= 6) row.counts.detractors += n;
  }
}

const shaped = (rows: Rows, sort?: Record<string, 1>) =>
  aggregateIn([...rows.values()].map(({ key, counts }) => ({ _id: key as string, _position: 0, ...counts })), npsFigures(sort));

/**
 * NPS and CSAT from the daily buckets: the same figures as npsPipeline and csatPipeline over the
 * feedback documents (the same rounding, run by the same expression), for any window, reading one
 * document per day instead of one per answer. `partners` narrows to a partner subtree, `country` to one country.
 */
export async function feedbackFromBuckets(days: DocumentCollection, w: KpiWindow, period: NpsPeriod, partners?: string[], country?: string) {
  const { nps, csat } = await countScores(days, w, period, partners, country);
  const overall: Rows = new Map();
  const trend: Rows = new Map();
  const byCountry: Rows = new Map();
  const byPartner: Rows = new Map();
  for (const [key, scores] of nps) {
    const [p, country, partner] = key.split(SEP);
    add(overall, '', null, scores);
    add(trend, p, p, scores);
    add(byCountry, `${p}${SEP}${country}`, { period: p, country }, scores);
    add(byPartner, `${p}${SEP}${partner}`, { period: p, partner }, scores);
  }
  const [csatRow] = csat.responses ? aggregateIn([{ _id: '', _position: 0, ...csat }], [{ $project: { _id: 0, responses: 1, average: { $round: [{ $divide: ['$sum', '$responses'] }, 2] } } }]) : [];
  return {
    nps: { overall: shaped(overall), trend: shaped(trend),
      byCountry: shaped(byCountry, { 'key.period': 1, 'key.country': 1 }), byPartner: shaped(byPartner, { 'key.period': 1, 'key.partner': 1 }) },
    csat: csatRow ?? null,
  };
}

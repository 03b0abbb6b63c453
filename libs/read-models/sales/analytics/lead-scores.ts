import { FitAttributes } from '../../../domain/sales/lead/lead.events';
import { LeadScore, scoreLead, ScoredSignal } from '../../../domain/sales/scoring/lead-score';
import { ScoringModel } from '../../../domain/sales/scoring/scoring-model';
import { DocumentCollection } from '../../document-store.port';

export interface PublishedModel {
  version: number;
  model: ScoringModel;
}

export interface RankedLead {
  leadId: string;
  rank: number;
  score: LeadScore;
}

const LEAD_FIELDS = ['leadId', 'attributes', 'signals', 'status'];

/**
 * Re-scores every lead over its whole signal history under `model` at `at`, best first
 * (ties by lead id, so a ranking is reproducible). Disqualified leads are left out unless asked for.
 */
export async function rescoreLeads(leads: DocumentCollection, model: PublishedModel, at: string, includeDisqualified = false): Promise<RankedLead[]> {
  const docs = await leads.aggregate([
    { $match: includeDisqualified ? { capturedAt: { $lte: at } } : { capturedAt: { $lte: at }, status: { $ne: 'disqualified' } } },
    { $project: Object.fromEntries(LEAD_FIELDS.map((f) => [f, 1])) },
  ]);
  const scored = docs.map((doc) => ({
    leadId: String(doc.leadId),
    score: scoreLead(doc.attributes as FitAttributes, doc.signals as ScoredSignal[], model.model, model.version, at),
  }));
  scored.sort((a, b) => b.score.score - a.score.score || (a.leadId < b.leadId ? -1 : 1));
  return scored.map((lead, i) => ({ ...lead, rank: i + 1 }));
}

/** Two models side by side: each lead's score and rank under both, ordered by the biggest rank change. */
export async function compareModels(leads: DocumentCollection, a: PublishedModel, b: PublishedModel, at: string, limit: number) {
  const [underA, underB] = await Promise.all([rescoreLeads(leads, a, at), rescoreLeads(leads, b, at)]);
  const byId = new Map(underB.map((lead) => [lead.leadId, lead]));
  const rows = underA.map((lead) => {
    const other = byId.get(lead.leadId)!;
    return { leadId: lead.leadId, scoreA: lead.score.score, rankA: lead.rank, scoreB: other.score.score, rankB: other.rank, rankChange: lead.rank - other.rank };
  });
  const moved = rows.filter((row) => row.rankChange !== 0).length;
  const top = (list: RankedLead[]) => list.slice(0, limit).map((l) => l.leadId);
  const topA = new Set(top(underA));
  return {
    at, modelA: a.version, modelB: b.version, leads: rows.length, leadsMoved: moved,
    averageScoreA: average(underA), averageScoreB: average(underB),
    topOverlap: top(underB).filter((id) => topA.has(id)).length,
    items: rows.sort((x, y) => Math.abs(y.rankChange) - Math.abs(x.rankChange) || x.rankB - y.rankB).slice(0, limit),
  };
}

const average = (list: RankedLead[]) => (list.length ? Math.round((list.reduce((s, l) => s + l.score.score, 0) / list.length) * 100) / 100 : null);

import { FeedbackRecorded } from '../../domain/service/feedback/feedback.events';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';

/** One answer as a bucket keeps it: kind, score, country, partner, submittedAt (no personal data). */
export type BucketAnswer = [kind: string, score: number, country: string | null, partnerId: string | null, submittedAt: string];

/** Score counts of one kind × country × partner on one day (index = score). */
export interface DayTotal { kind: string; country: string | null; partnerId: string | null; scores: number[] }

/**
 * One document per UTC day of submission: every answer of the day keyed by feedback id (so a
 * replay or a second `recorded` of the same feedback adds nothing: the counts are a function of
 * the answers, never a blind increment), plus the day's score counts per kind × country ×
 * partner, which is all a query reads for a day that lies wholly inside its window.
 */
export interface FeedbackDay extends Doc { day: string; answers: Record<string, BucketAnswer>; totals: DayTotal[] }

export const feedbackDailyProjection: Projection = {
  name: 'feedback-daily',
  version: 1,
  indexes: [{ fields: { day: 1 } }],
  canHandle: (type) => type === 'crm.feedback.recorded',
  documentIds: (event) => (event.type === 'crm.feedback.recorded' ? [event.occurredAt.slice(0, 10)] : []),
  evolve(doc, event, day) {
    const { data } = event as unknown as FeedbackRecorded;
    const bucket = (doc as FeedbackDay | null) ?? { _id: day, _position: 0, day, answers: {}, totals: [] };
    if (bucket.answers[data.feedbackId]) return bucket; // feedback is recorded once and never changes
    const answer: BucketAnswer = [data.kind, data.score, data.country ?? null, data.partnerId ?? null, event.occurredAt];
    return { ...bucket, answers: { ...bucket.answers, [data.feedbackId]: answer }, totals: withAnswer(bucket.totals, answer) };
  },
};

function withAnswer(totals: DayTotal[], [kind, score, country, partnerId]: BucketAnswer): DayTotal[] {
  const i = totals.findIndex((t) => t.kind === kind && t.country === country && t.partnerId === partnerId);
  const current = i < 0 ? { kind, country, partnerId, scores: [] as number[] } : totals[i];
  const scores = [...current.scores];
  while (scores.length <= score) scores.push(0);
  scores[score]++;
  const next = { ...current, scores };
  return i < 0 ? [...totals, next] : totals.map((t, j) => (j === i ? next : t));
}

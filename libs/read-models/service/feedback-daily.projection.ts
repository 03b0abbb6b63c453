import { FeedbackRecorded } from '../../domain/service/feedback/feedback.events';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';

/** One answer as a bucket keeps it: kind, score, country, partner, submittedAt (no personal data). */
export type BucketAnswer = [kind: string, score: number, country: string | null, partnerId: string | null, submittedAt: string];

/** Score counts of one kind × country × partner on one day (index = score). */
export interface DayTotal { kind: string; country: string | null; partnerId: string | null; scores: number[] }

/** A day's score counts: all a query reads for a day wholly inside its window. */
export interface FeedbackDayTotals extends Doc { day: string; totals: DayTotal[] }
/** A day's answers one by one: read only for the days a window's bounds cut. */
export interface FeedbackDayAnswers extends Doc { answersOf: string; answers: BucketAnswer[] }

const answerOf = (event: FeedbackRecorded & { occurredAt: string }): BucketAnswer =>
  [event.data.kind, event.data.score, event.data.country ?? null, event.data.partnerId ?? null, event.occurredAt];

/**
 * Feedback per UTC day of submission, in three kinds of document: `feedback:<id>` (the anchor: the
 * answer is counted), `totals:<day>` and `answers:<day>`. A second `recorded` of a feedback finds
 * its anchor and adds nothing, so the counts are exact under any replay. `inPlace` (the default)
 * adds to the batch's day documents in place; false copies them per answer (kept to measure it).
 */
export function feedbackDaily(inPlace = true): Projection {
  return {
    name: 'feedback-daily',
    version: 2,
    indexes: [{ fields: { day: 1 } }, { fields: { answersOf: 1 } }],
    canHandle: (type) => type === 'crm.feedback.recorded',
    anchorId: (event) => (event.type === 'crm.feedback.recorded' ? `feedback:${String(event.data.feedbackId)}` : undefined),
    evolvesInPlace: inPlace,
    documentIds(event, anchor) {
      if (anchor) return []; // feedback is recorded once and never changes
      const day = event.occurredAt.slice(0, 10);
      return [`totals:${day}`, `answers:${day}`, `feedback:${String(event.data.feedbackId)}`];
    },
    evolve(doc, event, id) {
      const answer = answerOf(event as unknown as FeedbackRecorded & { occurredAt: string });
      const day = event.occurredAt.slice(0, 10);
      if (id.startsWith('feedback:')) return { _id: id, counted: true };
      if (id.startsWith('answers:')) {
        const answers = (doc as FeedbackDayAnswers | null)?.answers ?? [];
        if (inPlace && doc) {
          answers.push(answer);
          return doc;
        }
        return { _id: id, answersOf: day, answers: [...answers, answer] };
      }
      const totals = (doc as FeedbackDayTotals | null)?.totals ?? [];
      if (inPlace && doc) {
        addAnswer(totals, answer);
        return doc;
      }
      return { _id: id, day, totals: withAnswer(totals, answer) };
    },
  };
}

export const feedbackDailyProjection: Projection = feedbackDaily();

function withAnswer(totals: DayTotal[], [kind, score, country, partnerId]: BucketAnswer): DayTotal[] {
  const i = totals.findIndex((t) => t.kind === kind && t.country === country && t.partnerId === partnerId);
  const current = i < 0 ? { kind, country, partnerId, scores: [] as number[] } : totals[i];
  const scores = Array.from({ length: Math.max(current.scores.length, score + 1) }, (_, s) => (current.scores[s] ?? 0) + (s === score ? 1 : 0));
  const next = { ...current, scores };
  return i < 0 ? [...totals, next] : totals.map((t, j) => (j === i ? next : t));
}

/** withAnswer on the batch's own document: the same counts, no copy. */
function addAnswer(totals: DayTotal[], [kind, score, country, partnerId]: BucketAnswer): void {
  let total = totals.find((t) => t.kind === kind && t.country === country && t.partnerId === partnerId);
  if (!total) totals.push((total = { kind, country, partnerId, scores: [] }));
  while (total.scores.length <= score) total.scores.push(0);
  total.scores[score]++;
}

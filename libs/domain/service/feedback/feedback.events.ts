/** Feedback events (stream `feedback-<feedbackId>`, subject = the customer). The comment is personal. */
export type FeedbackKind = 'nps' | 'csat';

export interface FeedbackRecorded {
  type: 'crm.feedback.recorded';
  schemaVersion?: number;
  data: {
    feedbackId: string;
    customerId: string;
    kind: FeedbackKind;
    /** NPS 0–10, CSAT 1–5. */
    score: number;
    caseId?: string;
    /** The customer's country and partner when the feedback was given, for NPS by country and partner. */
    country?: string;
    partnerId?: string;
  };
  personal?: { comment?: string };
}

export type FeedbackEvent = FeedbackRecorded;
export const feedbackStream = (feedbackId: string): string => `feedback-${feedbackId}`;

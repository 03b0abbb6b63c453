import { compact } from '../../shared/compact';
import { Decider } from '../../shared/decider';
import { BusinessRuleError } from '../../shared/errors';
import { parseOptionalFreeText } from '../../shared/free-text';
import { parseId } from '../../shared/identifier';
import { invalid, validateAll } from '../../shared/validation';
import { FeedbackEvent, FeedbackKind } from './feedback.events';

export interface RecordFeedback {
  type: 'RecordFeedback';
  feedbackId: string;
  customerId: string;
  kind: string;
  score: unknown;
  caseId?: string;
  comment?: string;
  country?: string;
  partnerId?: string;
}

const RANGES: Record<FeedbackKind, [number, number]> = { nps: [0, 10], csat: [1, 5] };

function parseKind(input: unknown, field: string): FeedbackKind {
  if (input !== 'nps' && input !== 'csat') throw invalid(field, 'must be "nps" or "csat"');
  return input;
}

function record(command: RecordFeedback, recorded: boolean): FeedbackEvent[] {
  if (recorded) throw new BusinessRuleError(`feedback ${command.feedbackId} is already recorded`);
  const { comment, ...data } = validateAll({
    feedbackId: () => parseId(command.feedbackId, 'feedbackId'),
    customerId: () => parseId(command.customerId, 'customerId'),
    kind: () => parseKind(command.kind, 'kind'),
    score: () => command.score,
    caseId: () => (command.caseId == null ? undefined : parseId(command.caseId, 'caseId')),
    comment: () => parseOptionalFreeText(command.comment, 'comment', { maxLength: 5000, multiline: true }),
  });
  const [min, max] = RANGES[data.kind];
  if (!Number.isInteger(data.score) || (data.score as number) < min || (data.score as number) > max) {
    throw invalid('score', `a ${data.kind.toUpperCase()} score is a whole number from ${min} to ${max}`);
  }
  return [{
    type: 'crm.feedback.recorded',
    data: compact({ ...data, score: data.score as number, country: command.country, partnerId: command.partnerId }),
    personal: compact({ comment }),
  }];
}

/** NPS (0–10) or CSAT (1–5) from a customer, optionally about a case; recorded once. */
export const feedbackDecider: Decider<RecordFeedback, { recorded: boolean }, FeedbackEvent> = {
  initialState: { recorded: false },
  decide: (command, state) => record(command, state.recorded),
  evolve: () => ({ recorded: true }),
};

/** Promoters score 9–10, detractors 0–6; NPS = % promoters − % detractors. */
export const npsBand = (score: number): 'promoter' | 'passive' | 'detractor' => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');

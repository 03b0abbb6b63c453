import { Inject, Injectable } from '@nestjs/common';
import { FitAttributes, LeadCaptured, leadStream } from '../../../../../libs/domain/sales/lead/lead.events';
import { PipelineStage, pipelineStream } from '../../../../../libs/domain/sales/pipeline/pipeline.events';
import { LeadScore, scoreLead, ScoredSignal } from '../../../../../libs/domain/sales/scoring/lead-score';
import { ScoringModel } from '../../../../../libs/domain/sales/scoring/scoring-model';
import { SCORING_MODEL_STREAM } from '../../../../../libs/domain/sales/scoring/scoring.events';
import { EventEnvelope } from '../../../../../libs/event-store/envelope';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { customerDecider } from '../../../../../libs/domain/customer/customer.decider';
import { CustomerEvent, customerStream } from '../../../../../libs/domain/customer/customer.events';
import { fold } from '../../../../../libs/domain/shared/decider';

export interface LeadHistory {
  captured: (EventEnvelope & LeadCaptured) | undefined;
  attributes: FitAttributes;
  signals: ScoredSignal[];
}

/**
 * What a sales decision needs from other streams, read from the log itself (never a lagging read
 * model): a pipeline's stages, the scoring model in force, a lead's signal history.
 */
@Injectable()
export class SalesLookups {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async pipelineStages(pipelineId: string): Promise<PipelineStage[] | undefined> {
    const [created] = await this.store.readStream(pipelineStream(pipelineId));
    return created ? (created.data.stages as PipelineStage[]) : undefined;
  }

  async scoringModel(): Promise<{ version: number; model: ScoringModel } | undefined> {
    const last = (await this.store.readStream(SCORING_MODEL_STREAM)).at(-1);
    return last ? (last.data as unknown as { version: number; model: ScoringModel }) : undefined;
  }

  async leadHistory(leadId: string): Promise<LeadHistory> {
    const events = await this.store.readStream(leadStream(leadId));
    const captured = events.find((e) => e.type === 'crm.lead.captured') as (EventEnvelope & LeadCaptured) | undefined;
    const { leadId: _id, stage: _s, referrerCustomerId: _r, ...attributes } = captured?.data ?? ({} as Partial<LeadCaptured['data']>);
    const signals = events.filter((e) => e.type === 'crm.lead.signal-recorded').map((e) => ({ kind: e.data.kind, at: e.occurredAt }) as ScoredSignal);
    return { captured, attributes, signals };
  }

  /** The lead's score at `at` under the model in force, counting `extra` signals not yet written. */
  async currentScore(leadId: string, at: string, extra: ScoredSignal[] = []): Promise<{ score: LeadScore; mqlThreshold?: number } | undefined> {
    const [model, history] = await Promise.all([this.scoringModel(), this.leadHistory(leadId)]);
    if (!model || !history.captured) return undefined;
    return { score: scoreLead(history.attributes, [...history.signals, ...extra], model.model, model.version, at), mqlThreshold: model.model.thresholds.mql };
  }

  /** A lead is its own data subject until it is converted; then its events are about the customer. */
  async leadSubject(leadId: string): Promise<string> {
    const events = await this.store.readStream(leadStream(leadId));
    const converted = events.find((e) => e.type === 'crm.lead.converted');
    return converted ? String(converted.data.customerId) : leadId;
  }

  async customerExists(customerId: string): Promise<boolean> {
    return (await this.store.readStream(`customer-${customerId}`)).length > 0;
  }

  /** The customer's partner now (undefined without one): opportunities are stamped with it. */
  async customerPartner(customerId: string): Promise<string | undefined> {
    const state = fold(customerDecider, (await this.store.readStream(customerStream(customerId))) as unknown as CustomerEvent[]);
    return state.status === 'registered' ? state.partnerId : undefined;
  }
}

import { FxRateRecorded } from '../../domain/sales/fx/fx.events';
import { PipelineCreated } from '../../domain/sales/pipeline/pipeline.events';
import { ScoringModelPublished } from '../../domain/sales/scoring/scoring.events';
import { EventEnvelope } from '../../event-store/envelope';
import { Projection } from '../projection';

type Envelope<E> = EventEnvelope & E;

/** `_id` of a dated rate: one document per pair and effective instant (a correction replaces it). */
export const fxRateId = (base: string, quote: string, effectiveAt: string): string => `${base}-${quote}@${effectiveAt}`;

/** Dated FX rates, one document per pair and instant. */
export const fxRatesProjection: Projection = {
  name: 'sales-fx-rates',
  version: 1,
  indexes: [{ fields: { effectiveAt: 1 } }, { fields: { base: 1, quote: 1 } }],
  canHandle: (type) => type === 'crm.fx.rate-recorded',
  documentIds: (event) => (event.type === 'crm.fx.rate-recorded' ? [fxRateId(String(event.data.base), String(event.data.quote), String(event.data.effectiveAt))] : []),
  evolve(_doc, event) {
    const { base, quote, rate, effectiveAt } = (event as Envelope<FxRateRecorded>).data;
    return { _id: fxRateId(base, quote, effectiveAt), base, quote, rate, effectiveAt, recordedAt: event.recordedAt };
  },
};

/** Pipelines with their ordered stages. */
export const pipelinesProjection: Projection = {
  name: 'sales-pipelines',
  version: 1,
  indexes: [],
  canHandle: (type) => type === 'crm.pipeline.created',
  documentIds: (event) => (event.type === 'crm.pipeline.created' ? [String(event.data.pipelineId)] : []),
  evolve(doc, event) {
    const data = (event as Envelope<PipelineCreated>).data;
    return doc ?? { _id: data.pipelineId, ...data, country: data.country ?? null, partnerId: data.partnerId ?? null, productLine: data.productLine ?? null, createdAt: event.occurredAt };
  },
};

/** Every published lead-scoring model version (`_id` = "v<version>"). */
export const scoringModelsProjection: Projection = {
  name: 'sales-scoring-models',
  version: 1,
  indexes: [{ fields: { version: 1 } }],
  documentIds: (event) => (event.type === 'crm.lead-scoring.model-published' ? [`v${event.data.version}`] : []),
  evolve(doc, event) {
    const { version, model } = (event as Envelope<ScoringModelPublished>).data;
    return doc ?? { _id: `v${version}`, version, model, publishedAt: event.occurredAt };
  },
};

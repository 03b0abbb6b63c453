import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FitAttributes } from '../../../../../libs/domain/sales/lead/lead.events';
import { scoreLead, ScoredSignal } from '../../../../../libs/domain/sales/scoring/lead-score';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { forecastReport } from '../../../../../libs/read-models/sales/analytics/forecast';
import { leadFunnelReport } from '../../../../../libs/read-models/sales/analytics/lead-funnel';
import { leadFunnelFromBuckets } from '../../../../../libs/read-models/sales/analytics/lead-funnel-from-buckets';
import { compareModels, rescoreLeads } from '../../../../../libs/read-models/sales/analytics/lead-scores';
import { pipelineReport } from '../../../../../libs/read-models/sales/analytics/pipeline-report';
import { winRateReport } from '../../../../../libs/read-models/sales/analytics/win-rate';
import { forecastFromBuckets, pipelineFromBuckets, winRateFromBuckets } from '../../../../../libs/read-models/sales/analytics/sales-from-buckets';
import { AnalyticsParams, SalesCollections } from '../../../../../libs/read-models/sales/analytics/sales-collections';
import { DocumentCollection } from '../../../../../libs/read-models/document-store.port';
import { OpportunityDoc } from '../../../../../libs/read-models/sales/sales-documents';
import { ReadModels } from '../../read-side/read-models.service';
import { SalesReadModels } from './sales-read-models';
import { LEAD_INTERNALS, OPPORTUNITY_INTERNALS, visitView } from './sales-internals';
import { GetLeadQuery, GetOpportunityQuery, GetScoringModelQuery, LeadScoresQuery, SalesAnalyticsQuery, SalesView } from './sales.queries';

const withoutInternals = ({ _id, _position, ...doc }: Record<string, unknown>, internals: readonly string[]) => {
  for (const field of internals) delete doc[field];
  return { ...doc, position: _position };
};

/** A lead with its live score (decays with time) under the model in force or the version asked for. */
@QueryHandler(GetLeadQuery)
export class GetLeadHandler implements IQueryHandler<GetLeadQuery> {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels, @Inject(SalesReadModels) private readonly sales: SalesReadModels) {}

  async execute({ leadId, at, modelVersion }: GetLeadQuery): Promise<SalesView> {
    const lead = await (await this.readModels.collection('sales-leads')).findOne({ _id: leadId });
    if (!lead) throw new NotFoundError('lead', leadId);
    const model = await this.sales.model(modelVersion).catch((error) => (modelVersion === undefined && error instanceof NotFoundError ? null : Promise.reject(error)));
    const score = model ? scoreLead(lead.attributes as FitAttributes, lead.signals as ScoredSignal[], model.model, model.version, at) : null;
    return { ...withoutInternals(lead, LEAD_INTERNALS), score };
  }
}

@QueryHandler(GetOpportunityQuery)
export class GetOpportunityHandler implements IQueryHandler<GetOpportunityQuery> {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async execute({ opportunityId, now }: GetOpportunityQuery): Promise<SalesView> {
    const doc = (await (await this.readModels.collection('sales-opportunities')).findOne({ _id: opportunityId })) as OpportunityDoc | null;
    if (!doc) throw new NotFoundError('opportunity', opportunityId);
    // The current stage's time runs until now; left stages keep the time they took.
    const history = doc.history.map((visit) => visitView(visit.leftAt === null ? { ...visit, durationMs: Math.max(0, Date.parse(now) - visit.enteredMs) } : visit));
    return { ...withoutInternals(doc, OPPORTUNITY_INTERNALS), history };
  }
}

@QueryHandler(GetScoringModelQuery)
export class GetScoringModelHandler implements IQueryHandler<GetScoringModelQuery> {
  constructor(@Inject(SalesReadModels) private readonly sales: SalesReadModels) {}

  execute({ version }: GetScoringModelQuery): Promise<SalesView> {
    return this.sales.model(version) as unknown as Promise<SalesView>;
  }
}

type DealReport = (collections: SalesCollections, params: AnalyticsParams) => Promise<SalesView>;
type BucketReport = (days: DocumentCollection, collections: SalesCollections, params: AnalyticsParams) => Promise<SalesView>;
const REPORTS: Record<'pipeline' | 'forecast' | 'win-rate', [BucketReport, DealReport]> = {
  pipeline: [pipelineFromBuckets, pipelineReport], forecast: [forecastFromBuckets, forecastReport], 'win-rate': [winRateFromBuckets, winRateReport],
};

@QueryHandler(SalesAnalyticsQuery)
export class SalesAnalyticsHandler implements IQueryHandler<SalesAnalyticsQuery> {
  constructor(@Inject(SalesReadModels) private readonly sales: SalesReadModels) {}

  async execute({ request, rollup }: SalesAnalyticsQuery): Promise<SalesView> {
    const { collections, funnelDays, opportunityDays } = await this.sales.analytics(rollup);
    if (request.kind === 'lead-funnel') {
      return funnelDays ? leadFunnelFromBuckets(funnelDays, collections.leads, request.params) : leadFunnelReport(collections, request.params);
    }
    const [fromBuckets, fromDeals] = REPORTS[request.kind];
    return opportunityDays ? fromBuckets(opportunityDays, collections, request.params) : fromDeals(collections, request.params);
  }
}

/** Re-scores every lead over its history under one model, or compares two models side by side. */
@QueryHandler(LeadScoresQuery)
export class LeadScoresHandler implements IQueryHandler<LeadScoresQuery> {
  constructor(@Inject(SalesReadModels) private readonly sales: SalesReadModels) {}

  async execute({ at, limit, modelVersion, compareWith }: LeadScoresQuery): Promise<SalesView> {
    const { leads } = await this.sales.collections();
    const model = await this.sales.model(modelVersion);
    if (compareWith !== undefined) return compareModels(leads, model, await this.sales.model(compareWith), at, limit);
    const ranked = await rescoreLeads(leads, model, at);
    return { at, modelVersion: model.version, leads: ranked.length, items: ranked.slice(0, limit) };
  }
}

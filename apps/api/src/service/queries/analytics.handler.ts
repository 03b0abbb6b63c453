import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { feedbackFromBuckets } from '../../../../../libs/read-models/service/feedback-from-buckets';
import { serviceKpiPipeline } from '../../../../../libs/read-models/service/service-kpis';
import { serviceKpisFromBuckets } from '../../../../../libs/read-models/service/service-kpis-from-buckets';
import { PartnerScope } from '../../partners/partner-scope';
import { analyticsScope, narrowByFields } from '../../sales/queries/analytics-scope';
import { ReadModels } from '../../read-side/read-models.service';
import { NpsAnalyticsQuery, ServiceAnalyticsQuery, View } from './service.queries';

/** First-response and resolution times, breach rate and backlog, overall and by priority, partner, country, channel. */
@QueryHandler(ServiceAnalyticsQuery)
export class ServiceAnalyticsHandler implements IQueryHandler<ServiceAnalyticsQuery> {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
  ) {}

  /** From the day buckets (case-kpi-days); narrowed to a partner subtree (a partner key's own or `partnerId=`) or a country, from that scope's case documents (the buckets do not cross partner with the other groups). */
  async execute({ window, rollup }: ServiceAnalyticsQuery): Promise<View> {
    const scope = await analyticsScope(this.readModels, this.scope, rollup);
    const facets = scope.narrowed
      ? ((await narrowByFields(await this.readModels.collection('cases'), scope).aggregate(serviceKpiPipeline(window)))[0] ?? {})
      : await serviceKpisFromBuckets(await this.readModels.collection('case-kpi-days'), await this.readModels.collection('cases'), window);
    const { overall = [], ...groups } = facets as Record<string, View[]>;
    return { asOf: window.asOf, from: window.from ?? null, to: window.to ?? null, unit: 'business minutes', overall: overall[0] ?? emptyService, ...groups };
  }
}

const emptyService = { key: null, cases: 0, backlog: 0, breached: 0, breachRate: null, firstResponseMinutes: { median: null, p90: null }, resolutionMinutes: { median: null, p90: null } };

@QueryHandler(NpsAnalyticsQuery)
export class NpsAnalyticsHandler implements IQueryHandler<NpsAnalyticsQuery> {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
  ) {}

  /** From the daily buckets (feedback-daily), which cross country with partner: a subtree or a country is read from them too (see docs/service.md). */
  async execute({ window, period, rollup }: NpsAnalyticsQuery): Promise<View> {
    const scope = await analyticsScope(this.readModels, this.scope, rollup);
    const { nps, csat } = await feedbackFromBuckets(await this.readModels.collection('feedback-daily'), window, period, scope.partners, scope.country);
    const { overall, ...groups } = nps;
    return {
      asOf: window.asOf, from: window.from ?? null, to: window.to ?? null, period,
      overall: overall[0] ?? { key: null, responses: 0, promoters: 0, detractors: 0, passives: 0, nps: null }, ...groups,
      csat: csat ?? { responses: 0, average: null },
    };
  }
}

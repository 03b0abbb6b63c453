import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { feedbackFromBuckets } from '../../../../../libs/read-models/service/feedback-from-buckets';
import { serviceKpiPipeline } from '../../../../../libs/read-models/service/service-kpis';
import { serviceKpisFromBuckets } from '../../../../../libs/read-models/service/service-kpis-from-buckets';
import { currentPrincipal } from '../../http/request-context';
import { PartnerScope } from '../../partners/partner-scope';
import { ReadModels } from '../../read-side/read-models.service';
import { NpsAnalyticsQuery, ServiceAnalyticsQuery, View } from './service.queries';

/** First-response and resolution times, breach rate and backlog, overall and by priority, partner, country, channel. */
@QueryHandler(ServiceAnalyticsQuery)
export class ServiceAnalyticsHandler implements IQueryHandler<ServiceAnalyticsQuery> {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
  ) {}

  /** From the day buckets (case-kpi-days); a partner key's figures from its subtree's case documents (the buckets do not cross partner with the other groups). */
  async execute({ window }: ServiceAnalyticsQuery): Promise<View> {
    const partners = await this.scope.subtree(currentPrincipal());
    const facets = partners
      ? ((await (await this.scope.confine(await this.readModels.collection('cases'), 'partnerId')).aggregate(serviceKpiPipeline(window)))[0] ?? {})
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

  /** From the daily buckets (feedback-daily): one document per day, the same figures as the per-answer pipeline (see docs/service.md). */
  async execute({ window, period }: NpsAnalyticsQuery): Promise<View> {
    const partners = await this.scope.subtree(currentPrincipal());
    const { nps, csat } = await feedbackFromBuckets(await this.readModels.collection('feedback-daily'), window, period, partners);
    const { overall, ...groups } = nps;
    return {
      asOf: window.asOf, from: window.from ?? null, to: window.to ?? null, period,
      overall: overall[0] ?? { key: null, responses: 0, promoters: 0, detractors: 0, passives: 0, nps: null }, ...groups,
      csat: csat ?? { responses: 0, average: null },
    };
  }
}

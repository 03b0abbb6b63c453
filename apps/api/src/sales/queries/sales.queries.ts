import { Query } from '@nestjs/cqrs';
import { AnalyticsParams } from '../../../../../libs/read-models/sales/analytics/sales-collections';
import { Rollup } from './analytics-scope';
import { FunnelParams } from '../../../../../libs/read-models/sales/analytics/lead-funnel';

export type SalesView = Record<string, unknown>;

export class GetLeadQuery extends Query<SalesView> {
  constructor(readonly leadId: string, readonly at: string, readonly modelVersion?: number) {
    super();
  }
}

export class GetOpportunityQuery extends Query<SalesView> {
  constructor(readonly opportunityId: string, readonly now: string) {
    super();
  }
}

export class GetScoringModelQuery extends Query<SalesView> {
  constructor(readonly version?: number) {
    super();
  }
}

export type AnalyticsRequest =
  | { kind: 'lead-funnel'; params: FunnelParams }
  | { kind: 'pipeline' | 'forecast' | 'win-rate'; params: AnalyticsParams };

export class SalesAnalyticsQuery extends Query<SalesView> {
  constructor(readonly request: AnalyticsRequest, readonly rollup: Rollup = {}) {
    super();
  }
}

export class LeadScoresQuery extends Query<SalesView> {
  constructor(readonly at: string, readonly limit: number, readonly modelVersion?: number, readonly compareWith?: number) {
    super();
  }
}

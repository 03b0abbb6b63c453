import { Rollup } from '../../sales/queries/analytics-scope';
import { Query } from '@nestjs/cqrs';
import { Page } from '../../http/cursor';
import { Filter } from '../../../../../libs/read-models/document-store.port';

export type View = Record<string, unknown>;

export interface CaseFilter {
  status?: string;
  breached?: boolean;
  customerId?: string;
  priority?: string;
  assignee?: string;
  country?: string;
  /** A partner subtree asked for by `partnerId=` (already checked against the principal's own). */
  partners?: string[];
}

export class ListCasesQuery extends Query<Page<View>> {
  /** `scope`: a partner key's subtree (`{ partnerId: { $in } }`), undefined for everyone else. */
  constructor(readonly filter: CaseFilter, readonly limit: number, readonly cursor?: string, readonly scope?: Filter) {
    super();
  }
}

export class GetCaseQuery extends Query<View> {
  constructor(readonly caseId: string) {
    super();
  }
}

/** A document of a service read model by id (SLA policy, task, automation rule). */
export class GetServiceDocumentQuery extends Query<View> {
  constructor(readonly projection: 'sla-policies' | 'tasks' | 'automation-rules', readonly entity: string, readonly id: string) {
    super();
  }
}

export class ListTasksQuery extends Query<Page<View>> {
  constructor(readonly filter: { status?: string; assignee?: string; customerId?: string }, readonly limit: number, readonly cursor?: string, readonly scope?: Filter) {
    super();
  }
}

export interface AnalyticsWindow {
  from?: string;
  to?: string;
  /** Business time the figures are computed as of. */
  asOf: string;
}

export class ServiceAnalyticsQuery extends Query<View> {
  constructor(readonly window: AnalyticsWindow, readonly rollup: Rollup = {}) {
    super();
  }
}

export class NpsAnalyticsQuery extends Query<View> {
  constructor(readonly window: AnalyticsWindow, readonly period: 'day' | 'month' | 'year', readonly rollup: Rollup = {}) {
    super();
  }
}

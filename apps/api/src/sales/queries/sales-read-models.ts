import { Inject, Injectable } from '@nestjs/common';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { SalesCollections } from '../../../../../libs/read-models/sales/analytics/sales-collections';
import { PublishedModel } from '../../../../../libs/read-models/sales/analytics/lead-scores';
import { DocumentCollection } from '../../../../../libs/read-models/document-store.port';
import { PartnerScope } from '../../partners/partner-scope';
import { ReadModels } from '../../read-side/read-models.service';
import { analyticsScope, narrowByCustomer, narrowByFields, Rollup } from './analytics-scope';

/** The live sales collections and the published scoring models, for the query handlers. */
@Injectable()
export class SalesReadModels {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
  ) {}

  async collections(): Promise<SalesCollections> {
    const [leads, opportunities, pipelines, fxRates] = await Promise.all(
      ['sales-leads', 'sales-opportunities', 'sales-pipelines', 'sales-fx-rates'].map((name) => this.readModels.collection(name)),
    );
    // A partner key's reports cover its own subtree: leads by their partner, deals by their customer.
    return { leads: await this.scope.confine(leads, 'partnerId'), opportunities: await this.scope.confine(opportunities, 'customerId'), pipelines, fxRates };
  }

  /**
   * What the analytics reports read: without any narrowing, the day buckets beside the documents;
   * narrowed to a partner subtree (a partner key's own, or `partnerId=`) or a country, the documents
   * of that scope only (the buckets do not cross partner with the other groups), so no figure of
   * another subtree can enter the report.
   */
  async analytics(rollup: Rollup): Promise<{ collections: SalesCollections; funnelDays?: DocumentCollection; opportunityDays?: DocumentCollection }> {
    const scope = await analyticsScope(this.readModels, this.scope, rollup);
    const [leads, opportunities, pipelines, fxRates] = await Promise.all(
      ['sales-leads', 'sales-opportunities', 'sales-pipelines', 'sales-fx-rates'].map((name) => this.readModels.collection(name)),
    );
    const collections = { leads: narrowByFields(leads, scope), opportunities: await narrowByCustomer(this.readModels, opportunities, scope), pipelines, fxRates };
    if (scope.narrowed) return { collections };
    const [funnelDays, opportunityDays] = await Promise.all(['sales-lead-funnel-days', 'sales-opportunity-days'].map((name) => this.readModels.collection(name)));
    return { collections, funnelDays, opportunityDays };
  }

  /** A published version, or the latest when none is named; 404 when there is none. */
  async model(version?: number): Promise<PublishedModel & { publishedAt: string }> {
    const models = await this.readModels.collection('sales-scoring-models');
    const [doc] = version === undefined ? await models.find({}, { sort: { version: -1 }, limit: 1 }) : await models.find({ version });
    if (!doc) throw new NotFoundError('lead-scoring model', version === undefined ? 'in force' : `version ${version}`);
    return { version: Number(doc.version), model: doc.model as PublishedModel['model'], publishedAt: String(doc.publishedAt) };
  }
}

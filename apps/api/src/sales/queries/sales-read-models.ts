import { Inject, Injectable } from '@nestjs/common';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { SalesCollections } from '../../../../../libs/read-models/sales/analytics/sales-collections';
import { PublishedModel } from '../../../../../libs/read-models/sales/analytics/lead-scores';
import { DocumentCollection } from '../../../../../libs/read-models/document-store.port';
import { currentPrincipal } from '../../http/request-context';
import { PartnerScope } from '../../partners/partner-scope';
import { ReadModels } from '../../read-side/read-models.service';

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

  /** The funnel's day buckets, or undefined for a partner key (its funnel is counted from its subtree's lead documents). */
  async funnelDays(): Promise<DocumentCollection | undefined> {
    if (await this.scope.subtree(currentPrincipal())) return undefined;
    return this.readModels.collection('sales-lead-funnel-days');
  }

  /** The deals' day buckets (pipeline, forecast, win rate), or undefined for a partner key (its figures come from its subtree's deal documents). */
  async opportunityDays(): Promise<DocumentCollection | undefined> {
    if (await this.scope.subtree(currentPrincipal())) return undefined;
    return this.readModels.collection('sales-opportunity-days');
  }

  /** A published version, or the latest when none is named; 404 when there is none. */
  async model(version?: number): Promise<PublishedModel & { publishedAt: string }> {
    const models = await this.readModels.collection('sales-scoring-models');
    const [doc] = version === undefined ? await models.find({}, { sort: { version: -1 }, limit: 1 }) : await models.find({ version });
    if (!doc) throw new NotFoundError('lead-scoring model', version === undefined ? 'in force' : `version ${version}`);
    return { version: Number(doc.version), model: doc.model as PublishedModel['model'], publishedAt: String(doc.publishedAt) };
  }
}

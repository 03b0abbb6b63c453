import { Inject, Injectable } from '@nestjs/common';
import { parseCurrency } from '../../../../../libs/domain/shared/currency';
import { parseInstant } from '../../../../../libs/domain/shared/instant';
import { validateAll } from '../../../../../libs/domain/shared/validation';
import { campaignAnalytics, CampaignAnalytics } from '../../../../../libs/read-models/marketing/campaign-analytics';
import { CampaignContactDocument } from '../../../../../libs/read-models/marketing/campaign.projections';
import { FxConverter, ratesInForce } from '../../../../../libs/read-models/sales/analytics/fx-conversion';
import { Principal } from '../../auth/principal';
import { ReadModels } from '../../read-side/read-models.service';
import { Campaigns } from './campaigns.service';

/** ROI of one campaign, computed at read time from its per-member contact documents. */
@Injectable()
export class CampaignAnalyticsQuery {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels, @Inject(Campaigns) private readonly campaigns: Campaigns) {}

  async run(campaignId: string, query: { currency?: string; asOf?: string }, principal: Principal | undefined): Promise<CampaignAnalytics> {
    const campaign = await this.campaigns.load(campaignId, principal);
    const params = validateAll({
      currency: () => (query.currency ? parseCurrency(query.currency, 'currency') : campaign.budget.currency),
      asOf: () => (query.asOf ? parseInstant(query.asOf, 'asOf') : new Date().toISOString()),
    });
    const contacts = await (await this.readModels.collection('campaign-contacts')).find({ campaignId });
    const converter = new FxConverter(await ratesInForce(await this.readModels.collection('sales-fx-rates'), params.asOf), params.asOf);
    return campaignAnalytics(campaign, contacts as CampaignContactDocument[], params, converter);
  }
}

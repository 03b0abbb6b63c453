import { apiKeysProjection } from '../../../../libs/access/api-keys.projection';
import { customer360Projection } from '../../../../libs/read-models/customer/customer-360.projection';
import { customerHistoryProjection } from '../../../../libs/read-models/customer/customer-history.projection';
import { Projection } from '../../../../libs/read-models/projection';
import { partnersProjection } from '../../../../libs/read-models/partner/partners.projection';
import { salesProjections } from '../../../../libs/read-models/sales';
import { serviceProjections } from '../../../../libs/read-models/service';
import { accessLogProjection } from '../../../../libs/read-models/compliance/access-log.projection';
import { segmentProjections } from '../../../../libs/read-models/marketing/segment-projections';
import { marketingCampaignNoticeProjections } from '../../../../libs/read-models/marketing/campaign-notice-projections';
import { auditProjection } from '../../../../libs/read-models/compliance/audit.projection';

/** Every read model the embedded deployment maintains. */
export const allProjections: Projection[] = [customer360Projection, customerHistoryProjection, apiKeysProjection, partnersProjection, accessLogProjection, auditProjection, ...salesProjections, ...serviceProjections, ...segmentProjections, ...marketingCampaignNoticeProjections];

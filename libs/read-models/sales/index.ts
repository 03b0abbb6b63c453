import { leadFunnelDaysProjection } from './analytics/lead-funnel-days.projection';
import { opportunityDaysProjection } from './analytics/opportunity-days.projection';
export * from './sales-documents';
export { leadsProjection } from './leads.projection';
export { opportunitiesProjection } from './opportunities.projection';
export { customerSalesProjection } from './customer-sales.projection';
export { fxRatesProjection, pipelinesProjection, scoringModelsProjection, fxRateId } from './reference.projections';
import { customerSalesProjection } from './customer-sales.projection';
import { leadsProjection } from './leads.projection';
import { opportunitiesProjection } from './opportunities.projection';
import { fxRatesProjection, pipelinesProjection, scoringModelsProjection } from './reference.projections';

/** Every sales read model, for the composition root. */
export const salesProjections = [leadsProjection, leadFunnelDaysProjection, opportunitiesProjection, opportunityDaysProjection, customerSalesProjection, fxRatesProjection, pipelinesProjection, scoringModelsProjection];

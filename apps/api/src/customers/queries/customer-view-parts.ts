import { customer360Projection } from '../../../../../libs/read-models/customer/customer-360.projection';
import { customerServiceProjection } from '../../../../../libs/read-models/service/customer-service.projection';
import { Projection } from '../../../../../libs/read-models/projection';
import { customerSalesProjection } from '../../../../../libs/read-models/sales/customer-sales.projection';

/**
 * The 360° view is assembled from per-customer read models (`_id` = customer id), each owned by
 * its domain area. A new area adds one line here; GET /v1/customers/{id} merges the parts under
 * their field (the profile part at the top level) and folds the same projections for asOf/knownAt.
 */
export interface CustomerViewPart {
  projection: Projection;
  /** Where the part's document goes in the view; undefined = merged at the top level. */
  field?: string;
}

export const customerViewParts: CustomerViewPart[] = [{ projection: customer360Projection }, { projection: customerSalesProjection, field: 'sales' }, { projection: customerServiceProjection, field: 'service' }];

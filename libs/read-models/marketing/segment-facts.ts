import { SegmentFacts } from '../../domain/marketing/segment-rule';
import { Doc } from '../document-store.port';
import { customer360Projection } from '../customer/customer-360.projection';
import { customerSalesProjection } from '../sales/customer-sales.projection';
import { customerServiceProjection } from '../service/customer-service.projection';
import { Projection } from '../projection';

/** The read models a rule reads: a change to any of them (for a customer) may move it in or out. */
export const SEGMENT_INPUTS: readonly Projection[] = [customer360Projection, customerSalesProjection, customerServiceProjection];

/**
 * What a rule reads of one customer, from the parts of its 360° view; null for a customer no
 * segment may hold (unknown, merged into another, or erased).
 */
export function segmentFacts(profile: Doc | null, sales: Doc | null, service: Doc | null, partnerPath: string[]): SegmentFacts | null {
  if (!profile || profile.revision === -1 || profile.mergedInto || profile.erased) return null;
  const score = (sales?.leadScore as { score?: unknown } | null | undefined)?.score;
  const nps = (service?.lastNps as { score?: unknown } | null | undefined)?.score;
  return {
    country: (profile.country as string | null) ?? null,
    partnerPath,
    lifecycleStage: (sales?.lifecycleStage as string | null | undefined) ?? null,
    leadScore: typeof score === 'number' ? score : null,
    lastNps: typeof nps === 'number' ? nps : null,
    openCases: typeof service?.openCaseCount === 'number' ? service.openCaseCount : 0,
    lastContactAt: (profile.lastContactAt as string | null) ?? null,
    preferredLanguage: (profile.preferredLanguage as string | null) ?? null,
  };
}

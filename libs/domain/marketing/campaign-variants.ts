import { createHash } from 'node:crypto';
import { CampaignVariant } from './campaign.events';

/**
 * The variant a member gets: a hash of campaign and customer picks a point in the summed weights,
 * so the same member always gets the same variant (on a re-launch, in another process) and
 * members spread over variants in proportion to their weights.
 */
export function assignVariant(variants: readonly CampaignVariant[], campaignId: string, customerId: string): string | undefined {
  if (variants.length === 0) return undefined;
  const total = variants.reduce((sum, variant) => sum + variant.weight, 0);
  const digest = createHash('sha256').update(`${campaignId}\u0000${customerId}`).digest();
  let point = Number(digest.readBigUInt64BE(0) % BigInt(total));
  for (const variant of variants) {
    if (point < variant.weight) return variant.name;
    point -= variant.weight;
  }
  return variants[variants.length - 1].name;
}

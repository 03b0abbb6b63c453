import { FxConverter, RateInForce } from '../sales/analytics/fx-conversion';
import { campaignAnalytics } from './campaign-analytics';
import { CampaignContactDocument } from './campaign.projections';

const campaign = { campaignId: 'cmp-1', budget: { amount: '1000.00', currency: 'USD' }, variants: [{ name: 'A' }, { name: 'B' }] };
const contact = (customerId: string, variant: string, responses: CampaignContactDocument['responses'] = []): CampaignContactDocument => ({
  _id: `cmp-1:${customerId}`, _position: 1, campaignId: 'cmp-1', customerId, variant, contactedAt: '2026-01-10T09:00:00.000Z', responses,
});
const contacts = [
  contact('c-1', 'A', [{ kind: 'opened', at: '2026-01-11T00:00:00.000Z', value: null }, { kind: 'converted', at: '2026-01-20T00:00:00.000Z', value: { amount: '600.00', currency: 'USD' } }]),
  contact('c-2', 'A'),
  contact('c-3', 'B', [{ kind: 'converted', at: '2026-01-25T00:00:00.000Z', value: { amount: '84000000', currency: 'IRR' } }]),
];
// Two FX dates: January and March. No IRR/EUR pair is quoted: IRR converts through USD.
const rates: RateInForce[] = [
  { base: 'USD', quote: 'EUR', rate: '0.9', effectiveAt: '2026-01-01T00:00:00.000Z' },
  { base: 'USD', quote: 'IRR', rate: '42000', effectiveAt: '2026-01-01T00:00:00.000Z' },
  { base: 'USD', quote: 'EUR', rate: '0.8', effectiveAt: '2026-03-01T00:00:00.000Z' },
  { base: 'USD', quote: 'IRR', rate: '50000', effectiveAt: '2026-03-01T00:00:00.000Z' },
];
const inForceAt = (at: string) => new FxConverter(
  Object.values(Object.fromEntries(rates.filter((r) => r.effectiveAt <= at).map((r) => [`${r.base}/${r.quote}`, r]))), at,
);
const roiAt = (asOf: string) => campaignAnalytics(campaign, contacts, { asOf, currency: 'EUR' }, inForceAt(asOf));

describe('campaign ROI', () => {
  it('converts a USD budget and USD and IRR revenue into EUR with the January rates', () => {
    expect(roiAt('2026-02-01T00:00:00.000Z')).toMatchObject({
      contacted: 3, responded: 2, converted: 2,
      cost: { amount: '900.00', currency: 'EUR' }, revenue: { amount: '2340.00', currency: 'EUR' }, roi: '1.6000',
    });
  });

  it('answers the same campaign with the March rates when asked as of April', () => {
    expect(roiAt('2026-04-01T00:00:00.000Z')).toMatchObject({ cost: { amount: '800.00', currency: 'EUR' }, revenue: { amount: '1824.00', currency: 'EUR' }, roi: '1.2800' });
  });

  it('splits by variant, each carrying the budget’s share of the members it contacted', () => {
    expect(roiAt('2026-02-01T00:00:00.000Z').byVariant).toEqual([
      { variant: 'A', contacted: 2, responded: 1, converted: 1, cost: { amount: '600.00', currency: 'EUR' }, revenue: { amount: '540.00', currency: 'EUR' }, roi: '-0.1000' },
      { variant: 'B', contacted: 1, responded: 1, converted: 1, cost: { amount: '300.00', currency: 'EUR' }, revenue: { amount: '1800.00', currency: 'EUR' }, roi: '5.0000' },
    ]);
  });

  it('counts nothing that happened after the instant asked', () => {
    expect(roiAt('2026-01-21T00:00:00.000Z')).toMatchObject({ contacted: 3, responded: 1, converted: 1, revenue: { amount: '540.00', currency: 'EUR' } });
    expect(roiAt('2026-01-05T00:00:00.000Z')).toMatchObject({ contacted: 0, responded: 0, revenue: { amount: '0.00', currency: 'EUR' }, roi: '-1.0000' });
  });

  it('names the missing pair when no rate links a currency to the one asked', () => {
    expect(() => campaignAnalytics(campaign, contacts, { asOf: '2026-02-01T00:00:00.000Z', currency: 'JPY' }, inForceAt('2026-02-01T00:00:00.000Z'))).toThrow(/USD to JPY/);
  });
});

import { InvalidValueError, BusinessRuleError } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { assignVariant } from './campaign-variants';
import { campaignResponseDecider } from './campaign-response.decider';
import { campaignDecider, CreateCampaign } from './campaign.decider';
import { CampaignCreated } from './campaign.events';

const create: CreateCampaign = {
  type: 'CreateCampaign', campaignId: 'cmp-1', name: 'Nowruz offers', segmentId: 'seg-1', channel: 'email', purpose: 'Marketing',
  budget: { amount: '1000', currency: 'USD' }, variants: [{ name: 'A', weight: 1 }, { name: 'B', weight: 3 }],
};
const created: CampaignCreated = {
  type: 'crm.campaign.created',
  data: { campaignId: 'cmp-1', name: 'Nowruz offers', segmentId: 'seg-1', channel: 'email', purpose: 'marketing', budget: { amount: '1000.00', currency: 'USD' }, variants: [{ name: 'A', weight: 1 }, { name: 'B', weight: 3 }] },
};

describe('campaigns', () => {
  it('creates a campaign with its budget in the currency’s minor unit and its purpose lower-cased', () => {
    given(campaignDecider, []).when(create).then([created]);
  });

  it('refuses one variant alone, unnamed or zero-weight variants and an unknown channel, all in one answer', () => {
    given(campaignDecider, []).when({ ...create, channel: 'fax', variants: [{ name: '', weight: 0 }] }).thenThrows(InvalidValueError, {
      errors: [expect.objectContaining({ field: 'channel' }), expect.objectContaining({ field: 'variants[0].name' }), expect.objectContaining({ field: 'variants[0].weight' })],
    });
    given(campaignDecider, []).when({ ...create, variants: [{ name: 'A', weight: 1 }] }).thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'variants' })] });
  });

  it('refuses a budget with more digits than its currency has', () => {
    given(campaignDecider, []).when({ ...create, budget: { amount: '10.001', currency: 'EUR' } }).thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'budget.amount' })] });
  });

  describe('launches', () => {
    const requested = { type: 'crm.campaign.launch-requested' as const, data: { campaignId: 'cmp-1', launch: 1 } };
    const page1 = { type: 'crm.campaign.launch-progressed' as const, data: { campaignId: 'cmp-1', launch: 1, cursor: 'c-500', contacted: 400, skippedWithoutConsent: 100, alreadyContacted: 0 } };

    it('are numbered, and asking while one runs joins it', () => {
      given(campaignDecider, [created]).when({ type: 'RequestLaunch' }).then([requested]);
      given(campaignDecider, [created, requested]).when({ type: 'RequestLaunch' }).then([]);
    });

    it('record each page with its cursor, and close with the totals on the last', () => {
      given(campaignDecider, [created, requested, page1])
        .when({ type: 'RecordLaunchPage', launch: 1, cursor: 'c-700', last: true, contacted: 150, skippedWithoutConsent: 50, alreadyContacted: 0 })
        .then([
          { type: 'crm.campaign.launch-progressed', data: { campaignId: 'cmp-1', launch: 1, cursor: 'c-700', contacted: 150, skippedWithoutConsent: 50, alreadyContacted: 0 } },
          { type: 'crm.campaign.launched', data: { campaignId: 'cmp-1', launch: 1, contacted: 550, skippedWithoutConsent: 150, alreadyContacted: 0 } },
        ]);
    });

    it('refuse a page that does not move the cursor forward, or of a launch not running', () => {
      given(campaignDecider, [created, requested, page1]).when({ type: 'RecordLaunchPage', launch: 1, cursor: 'c-500', last: false, contacted: 1, skippedWithoutConsent: 0, alreadyContacted: 0 }).thenThrows(BusinessRuleError);
      given(campaignDecider, [created]).when({ type: 'RecordLaunchPage', launch: 1, cursor: 'c-1', last: false, contacted: 1, skippedWithoutConsent: 0, alreadyContacted: 0 }).thenThrows(BusinessRuleError);
    });
  });

  it('gives a member the same variant every time, and members spread over variants by weight', () => {
    const variants = [{ name: 'A', weight: 1 }, { name: 'B', weight: 3 }];
    expect(assignVariant(variants, 'cmp-1', 'cus-7')).toBe(assignVariant(variants, 'cmp-1', 'cus-7'));
    const counts = { A: 0, B: 0 } as Record<string, number>;
    for (let i = 0; i < 4000; i++) counts[assignVariant(variants, 'cmp-1', `cus-${i}`)!]++;
    expect(counts.B / 4000).toBeGreaterThan(0.7);
    expect(counts.B / 4000).toBeLessThan(0.8);
    expect(assignVariant([], 'cmp-1', 'cus-7')).toBeUndefined();
  });
});

describe('campaign responses', () => {
  const response = { type: 'RecordCampaignResponse' as const, responseId: 'r-1', campaignId: 'cmp-1', customerId: 'cus-1', kind: 'converted', value: { amount: '120', currency: 'IRR' }, contact: { variant: 'B' } };

  it('attributes a conversion and its value to the variant the member was contacted with', () => {
    given(campaignResponseDecider, []).when(response).then([{
      type: 'crm.campaign.response-recorded', data: { responseId: 'r-1', campaignId: 'cmp-1', customerId: 'cus-1', kind: 'converted', variant: 'B', value: { amount: '120', currency: 'IRR' } },
    }]);
  });

  it('refuses a response from a member the campaign never contacted', () => {
    given(campaignResponseDecider, []).when({ ...response, contact: null }).thenThrows(BusinessRuleError, { message: expect.stringContaining('never contacted') });
  });

  it('refuses a value on anything but a conversion', () => {
    given(campaignResponseDecider, []).when({ ...response, kind: 'opened' }).thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'value' })] });
  });
});

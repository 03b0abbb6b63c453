import { BusinessRuleError, InvalidValueError } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { RecordInteraction } from './interaction.commands';
import { contactPurpose, interactionDecider } from './interaction.decider';
import { InteractionRecorded } from './interaction.events';

const call: RecordInteraction = {
  type: 'RecordInteraction',
  interactionId: 'int-1',
  customerId: 'cus-1',
  channel: 'phone',
  direction: 'inbound',
  subject: 'سفارش دیرکرد دارد',
  summary: 'Customer called about a late order.\nPromised a callback.',
  agent: 'agent-12',
  language: 'fa-ir',
};

const recorded: InteractionRecorded = {
  type: 'crm.interaction.recorded',
  data: { interactionId: 'int-1', customerId: 'cus-1', channel: 'phone', direction: 'inbound', agent: 'agent-12', language: 'fa-IR' },
  personal: { subject: 'سفارش دیرکرد دارد', summary: 'Customer called about a late order.\nPromised a callback.' },
};

describe('interactions', () => {
  it('records an interaction with subject and summary kept apart as personal data', () => {
    given(interactionDecider, []).when(call).then([recorded]);
  });

  it('records an interaction with only its channel and direction', () => {
    given(interactionDecider, [])
      .when({ type: 'RecordInteraction', interactionId: 'int-2', customerId: 'cus-1', channel: 'in_person', direction: 'inbound' })
      .then([
        {
          type: 'crm.interaction.recorded',
          data: { interactionId: 'int-2', customerId: 'cus-1', channel: 'in_person', direction: 'inbound' },
          personal: {},
        },
      ]);
  });

  it('refuses to record the same interaction twice', () => {
    given(interactionDecider, [recorded]).when(call).thenThrows(BusinessRuleError);
  });

  it('refuses an unknown channel and direction', () => {
    given(interactionDecider, [])
      .when({ ...call, channel: 'fax' as never, direction: 'sideways' as never })
      .thenThrows(InvalidValueError, {
        errors: [expect.objectContaining({ field: 'channel' }), expect.objectContaining({ field: 'direction' })],
      });
  });

  it('refuses a subject over 500 characters', () => {
    given(interactionDecider, [])
      .when({ ...call, subject: 'x'.repeat(501) })
      .thenThrows(InvalidValueError, { errors: [{ field: 'subject', message: 'must be at most 500 characters' }] });
  });

  it('accepts a summary of 20 000 characters', () => {
    given(interactionDecider, []).when({ ...call, summary: 'ب'.repeat(20_000) }).thenMatches([{ type: 'crm.interaction.recorded' }]);
  });

  it('refuses a summary over 20 000 characters', () => {
    given(interactionDecider, [])
      .when({ ...call, summary: 'ب'.repeat(20_001) })
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'summary' })] });
  });

  it('refuses a subject spanning several lines', () => {
    given(interactionDecider, [])
      .when({ ...call, subject: 'late\norder' })
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'subject' })] });
  });

  it('refuses a language that is no BCP 47 tag', () => {
    given(interactionDecider, [])
      .when({ ...call, language: 'Persian language' })
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'language' })] });
  });

  describe('outbound contacts and consent', () => {
    const mailing: RecordInteraction = { type: 'RecordInteraction', interactionId: 'int-3', customerId: 'cus-1', channel: 'email', direction: 'outbound', subject: 'Spring offers' };
    const granted = { purpose: 'marketing', channel: 'email', granted: true, grantedAt: '2026-03-01T00:00:00.000Z' };
    const refused = { purpose: 'marketing', channel: 'email', granted: false, grantedAt: null };

    it('keeps the consent in force as proof with the outbound contact', () => {
      given(interactionDecider, []).when({ ...mailing, consent: granted }).thenMatches([
        { data: { direction: 'outbound', consent: { purpose: 'marketing', channel: 'email', granted: true, grantedAt: '2026-03-01T00:00:00.000Z', basis: 'consent' } } },
      ]);
    });

    it('refuses an outbound contact without consent', () => {
      given(interactionDecider, []).when({ ...mailing, consent: refused }).thenThrows(BusinessRuleError, { message: expect.stringContaining('no consent for marketing on email') });
    });

    it('sends a legal or service message without consent and records that there was none', () => {
      given(interactionDecider, [])
        .when({ ...mailing, basis: 'legal', purpose: 'marketing', consent: refused })
        .thenMatches([{ data: { consent: { granted: false, grantedAt: null, basis: 'legal' } } }]);
    });

    it('serves marketing by default, and a legal or service message its own purpose', () => {
      expect(contactPurpose({})).toBe('marketing');
      expect(contactPurpose({ basis: 'service' })).toBe('service');
      expect(contactPurpose({ basis: 'legal', purpose: 'Billing' })).toBe('billing');
    });

    it('refuses an unknown basis', () => {
      given(interactionDecider, []).when({ ...mailing, basis: 'because' as never, consent: granted })
        .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'basis' })] });
    });

    it('keeps the campaign and variant of a campaign contact beside its consent', () => {
      given(interactionDecider, []).when({ ...mailing, consent: granted, campaign: { campaignId: 'cmp-1', variant: 'B' } })
        .thenMatches([{ data: { direction: 'outbound', campaign: { campaignId: 'cmp-1', variant: 'B' }, consent: { granted: true } } }]);
    });

    it('asks nothing about consent for an inbound contact', () => {
      given(interactionDecider, []).when({ ...mailing, direction: 'inbound' }).thenMatches([{ data: { direction: 'inbound' } }]);
    });
  });
});

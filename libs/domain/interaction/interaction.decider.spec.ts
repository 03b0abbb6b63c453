import { BusinessRuleError, InvalidValueError } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { RecordInteraction } from './interaction.commands';
import { interactionDecider } from './interaction.decider';
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
      .when({ type: 'RecordInteraction', interactionId: 'int-2', customerId: 'cus-1', channel: 'in_person', direction: 'outbound' })
      .then([
        {
          type: 'crm.interaction.recorded',
          data: { interactionId: 'int-2', customerId: 'cus-1', channel: 'in_person', direction: 'outbound' },
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
});

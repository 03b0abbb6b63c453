import { Decider } from '../shared/decider';
import { BusinessRuleError } from '../shared/errors';
import { invalid, validateAll } from '../shared/validation';
import { Money, parseMoney } from '../sales/money/money';
import { CampaignResponseEvent, RESPONSE_KINDS, ResponseKind } from './campaign.events';

/** A response of a contacted member; the handler loads campaign and contact (the decider stays pure). */
export interface RecordCampaignResponse {
  type: 'RecordCampaignResponse';
  responseId: string;
  campaignId: string;
  customerId: string;
  kind: unknown;
  value?: unknown;
  /** The contact the response answers: its variant, or null when the member was never contacted. */
  contact: { variant?: string } | null;
}

export type CampaignResponseState = { recorded: boolean };

function parseKind(input: unknown, field: string): ResponseKind {
  if (!(RESPONSE_KINDS as readonly unknown[]).includes(input)) throw invalid(field, `must be one of ${RESPONSE_KINDS.join(', ')}`);
  return input as ResponseKind;
}

/** Responses are attributed only to members the campaign contacted; revenue comes with conversions. */
export const campaignResponseDecider: Decider<RecordCampaignResponse, CampaignResponseState, CampaignResponseEvent> = {
  initialState: { recorded: false },
  decide(command, state) {
    if (state.recorded) throw new BusinessRuleError(`response ${command.responseId} is already recorded`);
    const { kind, value } = validateAll({
      kind: () => parseKind(command.kind, 'kind'),
      value: (): Money | undefined => (command.value == null ? undefined : parseMoney(command.value, 'value')),
    });
    if (value && kind !== 'converted') throw invalid('value', 'only a conversion carries a value');
    if (!command.contact) throw new BusinessRuleError(`campaign ${command.campaignId} never contacted customer ${command.customerId}: a response cannot be attributed to it`);
    const { variant } = command.contact;
    return [{
      type: 'crm.campaign.response-recorded',
      data: { responseId: command.responseId, campaignId: command.campaignId, customerId: command.customerId, kind, ...(variant ? { variant } : {}), ...(value ? { value } : {}) },
    }];
  },
  evolve: () => ({ recorded: true }),
};

import { parsePurpose } from '../customer/consents';
import { Decider } from '../shared/decider';
import { BusinessRuleError } from '../shared/errors';
import { parseFreeText } from '../shared/free-text';
import { parseId } from '../shared/identifier';
import { invalid, validateAll, validateList } from '../shared/validation';
import { Money, parseMoney } from '../sales/money/money';
import { CAMPAIGN_CHANNELS, CampaignChannel, CampaignCreated, CampaignEvent, CampaignVariant } from './campaign.events';

export interface CreateCampaign {
  type: 'CreateCampaign';
  campaignId: string;
  name: unknown;
  segmentId: unknown;
  channel: unknown;
  purpose: unknown;
  budget: unknown;
  variants?: unknown;
  partnerId?: string;
}

export interface RecordLaunch {
  type: 'RecordLaunch';
  contacted: number;
  skippedWithoutConsent: number;
  alreadyContacted: number;
}

export type CampaignCommand = CreateCampaign | RecordLaunch;

export type CampaignState =
  | { status: 'absent' }
  | { status: 'created'; campaign: CampaignCreated['data']; launches: number };

const MAX_VARIANTS = 20;

function parseChannel(input: unknown, field: string): CampaignChannel {
  if (!(CAMPAIGN_CHANNELS as readonly unknown[]).includes(input)) throw invalid(field, `must be one of ${CAMPAIGN_CHANNELS.join(', ')}`);
  return input as CampaignChannel;
}

function parseVariant(input: unknown, field: string): CampaignVariant {
  if (!input || typeof input !== 'object') throw invalid(field, 'must be { name, weight }');
  const { name, weight } = input as Record<string, unknown>;
  return validateAll({
    name: () => parseFreeText(name, `${field}.name`, { maxLength: 100 }),
    weight: () => {
      if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 1 || weight > 1000) throw invalid(`${field}.weight`, 'must be an integer from 1 to 1000');
      return weight;
    },
  });
}

function parseVariants(input: unknown, field: string): CampaignVariant[] {
  const variants = validateList(input, field, parseVariant);
  if (variants.length > MAX_VARIANTS) throw invalid(field, `must have at most ${MAX_VARIANTS} variants`);
  if (variants.length === 1) throw invalid(field, 'must name at least two variants, or none');
  const names = variants.map((v) => v.name.toLowerCase());
  if (new Set(names).size !== names.length) throw invalid(field, 'variant names must differ');
  return variants;
}

function create(command: CreateCampaign, state: CampaignState): CampaignEvent[] {
  if (state.status !== 'absent') throw new BusinessRuleError(`campaign ${command.campaignId} already exists`);
  const fields = validateAll({
    name: () => parseFreeText(command.name, 'name', { maxLength: 200 }),
    segmentId: () => parseId(command.segmentId, 'segmentId'),
    channel: () => parseChannel(command.channel, 'channel'),
    purpose: () => parsePurpose(command.purpose, 'purpose'),
    budget: (): Money => parseMoney(command.budget, 'budget'),
    variants: () => parseVariants(command.variants, 'variants'),
  });
  return [{
    type: 'crm.campaign.created',
    data: { campaignId: command.campaignId, ...fields, ...(command.partnerId ? { partnerId: command.partnerId } : {}) },
  }];
}

/** One campaign per stream; the launches it records are the answers its launches gave. */
export const campaignDecider: Decider<CampaignCommand, CampaignState, CampaignEvent> = {
  initialState: { status: 'absent' },
  decide(command, state) {
    if (command.type === 'CreateCampaign') return create(command, state);
    if (state.status !== 'created') throw new BusinessRuleError('the campaign does not exist');
    const { contacted, skippedWithoutConsent, alreadyContacted } = command;
    return [{ type: 'crm.campaign.launched', data: { campaignId: state.campaign.campaignId, launch: state.launches + 1, contacted, skippedWithoutConsent, alreadyContacted } }];
  },
  evolve(state, event) {
    if (event.type === 'crm.campaign.created') return { status: 'created', campaign: event.data, launches: 0 };
    return state.status === 'created' ? { ...state, launches: event.data.launch } : state;
  },
};

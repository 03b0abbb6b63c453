import { parsePurpose } from '../customer/consents';
import { Decider } from '../shared/decider';
import { BusinessRuleError } from '../shared/errors';
import { parseFreeText } from '../shared/free-text';
import { parseId } from '../shared/identifier';
import { invalid, validateAll, validateList } from '../shared/validation';
import { Money, parseMoney } from '../sales/money/money';
import { CAMPAIGN_CHANNELS, CampaignChannel, CampaignCreated, CampaignEvent, CampaignVariant, LaunchCounts } from './campaign.events';

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

/** Asks for a launch; while one is running, asking again joins it (nothing new is recorded). */
export interface RequestLaunch { type: 'RequestLaunch' }
/** The worker handled a page of members up to `cursor`; `last` when the segment was read to its end. */
export interface RecordLaunchPage extends LaunchCounts { type: 'RecordLaunchPage'; launch: number; cursor: string; last: boolean }

export type CampaignCommand = CreateCampaign | RequestLaunch | RecordLaunchPage;

export interface PendingLaunch extends LaunchCounts {
  launch: number;
  cursor: string | null;
}

export type CampaignState =
  | { status: 'absent' }
  | { status: 'created'; campaign: CampaignCreated['data']; launches: number; pending: PendingLaunch | null };

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

const add = (a: LaunchCounts, b: LaunchCounts): LaunchCounts => ({
  contacted: a.contacted + b.contacted, skippedWithoutConsent: a.skippedWithoutConsent + b.skippedWithoutConsent, alreadyContacted: a.alreadyContacted + b.alreadyContacted,
});
const counts = ({ contacted, skippedWithoutConsent, alreadyContacted }: LaunchCounts): LaunchCounts => ({ contacted, skippedWithoutConsent, alreadyContacted });

function recordPage(command: RecordLaunchPage, campaignId: string, pending: PendingLaunch | null): CampaignEvent[] {
  if (!pending || pending.launch !== command.launch) throw new BusinessRuleError(`launch ${command.launch} of campaign ${campaignId} is not running`);
  // The last page may be empty (the cursor stays); every other page moves it forward.
  if (pending.cursor !== null && (command.last ? command.cursor < pending.cursor : command.cursor <= pending.cursor)) throw new BusinessRuleError(`launch ${command.launch} is already past ${command.cursor}`);
  const page = counts(command);
  const progressed: CampaignEvent = { type: 'crm.campaign.launch-progressed', data: { campaignId, launch: command.launch, cursor: command.cursor, ...page } };
  if (!command.last) return [progressed];
  return [progressed, { type: 'crm.campaign.launched', data: { campaignId, launch: command.launch, ...add(counts(pending), page) } }];
}

/**
 * One campaign per stream. A launch is requested here and carried out by the worker page by page:
 * each page's counts and cursor are recorded, the last page closes the launch with the totals.
 */
export const campaignDecider: Decider<CampaignCommand, CampaignState, CampaignEvent> = {
  initialState: { status: 'absent' },
  decide(command, state) {
    if (command.type === 'CreateCampaign') return create(command, state);
    if (state.status !== 'created') throw new BusinessRuleError('the campaign does not exist');
    const campaignId = state.campaign.campaignId;
    if (command.type === 'RequestLaunch') return state.pending ? [] : [{ type: 'crm.campaign.launch-requested', data: { campaignId, launch: state.launches + 1 } }];
    return recordPage(command, campaignId, state.pending);
  },
  evolve(state, event) {
    if (event.type === 'crm.campaign.created') return { status: 'created', campaign: event.data, launches: 0, pending: null };
    if (state.status !== 'created') return state;
    switch (event.type) {
      case 'crm.campaign.launch-requested':
        return { ...state, pending: { launch: event.data.launch, cursor: null, contacted: 0, skippedWithoutConsent: 0, alreadyContacted: 0 } };
      case 'crm.campaign.launch-progressed':
        return state.pending ? { ...state, pending: { ...state.pending, ...add(counts(state.pending), counts(event.data)), cursor: event.data.cursor } } : state;
      case 'crm.campaign.launched':
        return { ...state, launches: event.data.launch, pending: null };
    }
  },
};

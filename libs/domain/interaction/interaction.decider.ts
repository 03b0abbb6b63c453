import { parsePurpose } from '../customer/consents';
import { compact } from '../shared/compact';
import { Decider } from '../shared/decider';
import { BusinessRuleError } from '../shared/errors';
import { parseOptionalFreeText } from '../shared/free-text';
import { parseId } from '../shared/identifier';
import { parseLanguage } from '../shared/language';
import { invalid, validateAll } from '../shared/validation';
import { InteractionCommand, RecordInteraction } from './interaction.commands';
import {
  CONTACT_BASES,
  ConsentProof,
  ContactBasis,
  INTERACTION_CHANNELS,
  InteractionChannel,
  InteractionDirection,
  InteractionEvent,
  InteractionRecorded,
} from './interaction.events';

export const SUBJECT_MAX_LENGTH = 500;
export const SUMMARY_MAX_LENGTH = 20_000;

export type InteractionState =
  | { status: 'unrecorded' }
  | ({ status: 'recorded' } & InteractionRecorded['data'] & InteractionRecorded['personal']);

function parseChannel(input: unknown, field: string): InteractionChannel {
  if (!(INTERACTION_CHANNELS as readonly unknown[]).includes(input)) {
    throw invalid(field, `must be one of ${INTERACTION_CHANNELS.join(', ')}`);
  }
  return input as InteractionChannel;
}

function parseDirection(input: unknown, field: string): InteractionDirection {
  if (input !== 'inbound' && input !== 'outbound') throw invalid(field, 'must be "inbound" or "outbound"');
  return input;
}

function parseBasis(input: unknown, field: string): ContactBasis {
  if (input == null) return 'consent';
  if (!(CONTACT_BASES as readonly unknown[]).includes(input)) throw invalid(field, `must be one of ${CONTACT_BASES.join(', ')}`);
  return input as ContactBasis;
}

/** The purpose an outbound contact serves: as given, else `marketing` under consent, else the basis itself. */
export function contactPurpose(command: Pick<RecordInteraction, 'purpose' | 'basis'>): string {
  return command.purpose != null ? parsePurpose(command.purpose, 'purpose') : defaultPurpose(parseBasis(command.basis, 'basis'));
}

const defaultPurpose = (basis: ContactBasis): string => (basis === 'consent' ? 'marketing' : basis);

/** An outbound contact keeps the consent in force as its proof, and needs it unless legal or service. */
function consentProof(command: RecordInteraction, basis: ContactBasis, purpose: string, now: string): ConsentProof {
  const consent = command.consent;
  if (!consent || consent.purpose !== purpose) throw new Error(`the consent in force for ${purpose} must be loaded before an outbound contact is decided`);
  if (basis === 'consent' && !consent.granted) {
    throw new BusinessRuleError(`no consent for ${purpose} on ${consent.channel} at ${now}: record the customer's consent first, or mark the message as basis legal or service`);
  }
  return { purpose, channel: consent.channel, granted: consent.granted, grantedAt: consent.grantedAt, basis };
}

function record(command: RecordInteraction, state: InteractionState, now: string): InteractionEvent[] {
  if (state.status === 'recorded') {
    throw new BusinessRuleError(`interaction ${state.interactionId} is already recorded`);
  }
  const { subject, summary, ...data } = validateAll({
    interactionId: () => parseId(command.interactionId, 'interactionId'),
    customerId: () => parseId(command.customerId, 'customerId'),
    channel: () => parseChannel(command.channel, 'channel'),
    direction: () => parseDirection(command.direction, 'direction'),
    agent: () => parseOptionalFreeText(command.agent, 'agent', { maxLength: 200 }),
    language: () => (command.language == null ? undefined : parseLanguage(command.language, 'language')),
    subject: () => parseOptionalFreeText(command.subject, 'subject', { maxLength: SUBJECT_MAX_LENGTH }),
    summary: () =>
      parseOptionalFreeText(command.summary, 'summary', { maxLength: SUMMARY_MAX_LENGTH, multiline: true }),
    basis: () => parseBasis(command.basis, 'basis'),
    purpose: () => (command.purpose == null ? undefined : parsePurpose(command.purpose, 'purpose')),
  });
  const { basis, purpose, ...fields } = data;
  const consent = fields.direction === 'outbound' ? consentProof(command, basis, purpose ?? defaultPurpose(basis), now) : undefined;
  const campaign = fields.direction === 'outbound' && command.campaign ? command.campaign : undefined;
  return [{ type: 'crm.interaction.recorded', data: compact({ ...fields, consent, campaign }), personal: compact({ subject, summary }) }];
}

/** One interaction per stream (`interaction-<id>`), recorded once; its subject is the customer. */
export const interactionDecider: Decider<InteractionCommand, InteractionState, InteractionEvent> = {
  initialState: { status: 'unrecorded' },
  decide: (command, state, context) => record(command, state, context.now),
  evolve: (_state, event) => ({ status: 'recorded', ...event.data, ...event.personal }),
};

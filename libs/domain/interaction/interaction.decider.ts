import { compact } from '../shared/compact';
import { Decider } from '../shared/decider';
import { BusinessRuleError } from '../shared/errors';
import { parseOptionalFreeText } from '../shared/free-text';
import { parseId } from '../shared/identifier';
import { parseLanguage } from '../shared/language';
import { invalid, validateAll } from '../shared/validation';
import { InteractionCommand, RecordInteraction } from './interaction.commands';
import {
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

function record(command: RecordInteraction, state: InteractionState): InteractionEvent[] {
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
  });
  return [{ type: 'crm.interaction.recorded', data: compact(data), personal: compact({ subject, summary }) }];
}

/** One interaction per stream (`interaction-<id>`), recorded once; its subject is the customer. */
export const interactionDecider: Decider<InteractionCommand, InteractionState, InteractionEvent> = {
  initialState: { status: 'unrecorded' },
  decide: (command, state) => record(command, state),
  evolve: (_state, event) => ({ status: 'recorded', ...event.data, ...event.personal }),
};

import { Decider } from '../shared/decider';
import { BusinessRuleError, InvalidValueError } from '../shared/errors';
import { parseSegmentRule, SegmentRule } from './segment-rule';
import { SegmentEvent, SegmentMembershipEvent } from './segment.events';

export interface SegmentState {
  exists: boolean;
  name?: string;
  rule?: SegmentRule;
  ruleVersion: number;
  ownerPartnerId?: string | null;
}

export type SegmentCommand =
  | { type: 'DefineSegment'; segmentId: string; name: string; rule: unknown; ownerPartnerId: string | null }
  | { type: 'ChangeSegment'; segmentId: string; name?: string; rule?: unknown };

export const segmentDecider: Decider<SegmentCommand, SegmentState, SegmentEvent> = {
  initialState: { exists: false, ruleVersion: 0 },
  decide(command, state) {
    if (command.type === 'DefineSegment') {
      if (state.exists) throw new BusinessRuleError(`segment ${command.segmentId} exists already`);
      const rule = parseSegmentRule(command.rule);
      return [{ type: 'crm.segment.defined', data: { segmentId: command.segmentId, name: segmentName(command.name), rule: rule as unknown as Record<string, unknown>, ownerPartnerId: command.ownerPartnerId } }];
    }
    if (!state.exists) throw new BusinessRuleError(`segment ${command.segmentId} does not exist`);
    const name = command.name === undefined ? state.name! : segmentName(command.name);
    const rule = command.rule === undefined ? state.rule! : parseSegmentRule(command.rule);
    if (name === state.name && JSON.stringify(rule) === JSON.stringify(state.rule)) return [];
    return [{ type: 'crm.segment.rule-changed', data: { segmentId: command.segmentId, name, rule: rule as unknown as Record<string, unknown>, ruleVersion: state.ruleVersion + 1 } }];
  },
  evolve(state, event) {
    if (event.type === 'crm.segment.defined') {
      return { exists: true, name: event.data.name, rule: event.data.rule as unknown as SegmentRule, ruleVersion: 1, ownerPartnerId: event.data.ownerPartnerId };
    }
    return { ...state, name: event.data.name, rule: event.data.rule as unknown as SegmentRule, ruleVersion: event.data.ruleVersion };
  },
};

function segmentName(input: string): string {
  const name = typeof input === 'string' ? input.trim() : '';
  if (!name || name.length > 200) throw new InvalidValueError([{ field: 'name', message: 'must be 1 to 200 characters' }]);
  return name;
}

/** The worker's verdict on one customer for one segment: enters or leaves only on a change. */
export interface EvaluateMembership {
  type: 'EvaluateMembership';
  segmentId: string;
  customerId: string;
  matches: boolean;
  ruleVersion: number;
  causePosition: number;
}

export interface MembershipState {
  member: boolean;
}

export const membershipDecider: Decider<EvaluateMembership, MembershipState, SegmentMembershipEvent> = {
  initialState: { member: false },
  decide(command, state) {
    if (command.matches === state.member) return [];
    const { segmentId, customerId, ruleVersion, causePosition } = command;
    const data = { segmentId, customerId, ruleVersion, causePosition };
    return [command.matches ? { type: 'crm.segment.member-entered', data } : { type: 'crm.segment.member-left', data }];
  },
  evolve: (_state, event) => ({ member: event.type === 'crm.segment.member-entered' }),
};

import { compact } from '../../shared/compact';
import { DecisionContext, Decider } from '../../shared/decider';
import { BusinessRuleError, NotFoundError } from '../../shared/errors';
import { parseFreeText, parseOptionalFreeText } from '../../shared/free-text';
import { invalid } from '../../shared/validation';
import { furthest, LifecycleStage, stageRank } from '../lifecycle';
import { captured } from './lead.capture';
import * as C from './lead.commands';
import { HAND_RAISES, LeadEvent, SIGNAL_KINDS, SignalKind } from './lead.events';

export type LeadState =
  | { status: 'absent' }
  | { status: 'open' | 'disqualified' | 'converted'; leadId: string; stage: LifecycleStage; customerId?: string; email?: string; phone?: string; country?: string; erased?: true };
type Lead = Exclude<LeadState, { status: 'absent' }>;

function parseKind(input: unknown): SignalKind {
  if (!SIGNAL_KINDS.includes(input as SignalKind)) throw invalid('kind', `must be one of ${SIGNAL_KINDS.join(', ')}`);
  return input as SignalKind;
}

function signal(command: C.RecordSignal, lead: Lead, context: DecisionContext): LeadEvent[] {
  const kind = parseKind(command.kind);
  const customerId = lead.customerId;
  const events: LeadEvent[] = [{ type: 'crm.lead.signal-recorded', data: compact({ leadId: lead.leadId, signalId: context.newId(), kind, customerId }) }];
  const scored = command.scoreAfter;
  // Reaching the model's threshold makes an open lead marketing-qualified, recorded as a fact with its score.
  if (lead.status === 'open' && scored?.mqlThreshold !== undefined && scored.score >= scored.mqlThreshold && stageRank(lead.stage) < stageRank('mql')) {
    events.push({ type: 'crm.lead.qualified', data: compact({ leadId: lead.leadId, level: 'mql' as const, by: 'score' as const,
      score: scored.score, modelVersion: scored.modelVersion, customerId }) });
  }
  return events;
}

function qualify(command: C.QualifyLead, lead: Lead): LeadEvent[] {
  const level = command.level ?? 'sql';
  if (level !== 'mql' && level !== 'sql') throw invalid('level', 'must be "mql" or "sql"');
  const reason = parseOptionalFreeText(command.reason, 'reason', { maxLength: 1000 });
  if (lead.status !== 'open') throw new BusinessRuleError(`lead ${lead.leadId} is ${lead.status}; only an open lead can be qualified`);
  if (stageRank(lead.stage) >= stageRank(level)) return [];
  return [{ type: 'crm.lead.qualified', data: compact({ leadId: lead.leadId, level, by: 'user' as const, reason, customerId: lead.customerId }) }];
}

function disqualify(command: C.DisqualifyLead, lead: Lead): LeadEvent[] {
  const reason = parseFreeText(command.reason, 'reason', { maxLength: 1000 });
  if (lead.status === 'converted') throw new BusinessRuleError(`lead ${lead.leadId} is already converted`);
  if (lead.status === 'disqualified') return [];
  return [{ type: 'crm.lead.disqualified', data: compact({ leadId: lead.leadId, reason, customerId: lead.customerId }) }];
}

function convert(command: C.ConvertLead, lead: Lead): LeadEvent[] {
  if (lead.status === 'converted') {
    if (lead.customerId === command.customerId) return [];
    throw new BusinessRuleError(`lead ${lead.leadId} is already converted to customer ${lead.customerId}`);
  }
  if (lead.status === 'disqualified') throw new BusinessRuleError(`lead ${lead.leadId} is disqualified; qualify a new lead instead`);
  const stage = command.opportunityId ? furthest(lead.stage, 'opportunity') : lead.stage;
  return [{ type: 'crm.lead.converted', data: compact({ leadId: lead.leadId, customerId: command.customerId, matchedExisting: command.matchedExisting,
    matchedBy: command.matchedBy, opportunityId: command.opportunityId, stage, score: command.score }) }];
}

function decide(command: C.LeadCommand, state: LeadState, context: DecisionContext): LeadEvent[] {
  if (command.type === 'CaptureLead') {
    if (state.status !== 'absent') throw new BusinessRuleError(`lead ${state.leadId} already exists`);
    return [captured(command)];
  }
  if (state.status === 'absent') throw new NotFoundError('lead', String(command.leadId));
  switch (command.type) {
    case 'RecordSignal': return signal(command, state, context);
    case 'QualifyLead': return qualify(command, state);
    case 'DisqualifyLead': return disqualify(command, state);
    case 'ConvertLead': return convert(command, state);
    case 'EraseLead':
      return state.erased ? [] : [{ type: 'crm.lead.erased', data: compact({ leadId: state.leadId, customerId: command.customerId ?? state.customerId, reason: command.reason }) }];
  }
}

function evolve(state: LeadState, event: LeadEvent): LeadState {
  if (event.type === 'crm.lead.captured') {
    const { email, phone } = event.personal;
    return compact({ status: 'open' as const, leadId: event.data.leadId, stage: event.data.stage, email, phone, country: event.data.country });
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'crm.lead.signal-recorded':
      return HAND_RAISES.includes(event.data.kind) ? { ...state, stage: furthest(state.stage, 'lead') } : state;
    case 'crm.lead.qualified': return { ...state, stage: furthest(state.stage, event.data.level) };
    case 'crm.lead.disqualified': return { ...state, status: 'disqualified' };
    case 'crm.lead.converted': return { ...state, status: 'converted', customerId: event.data.customerId, stage: event.data.stage };
    case 'crm.lead.erased': {
      const { email: _e, phone: _p, ...rest } = state;
      return { ...rest, erased: true };
    }
  }
}

/** A lead (stream `lead-<id>`): capture, engagement signals, qualification, conversion. */
export const leadDecider: Decider<C.LeadCommand, LeadState, LeadEvent> = { initialState: { status: 'absent' }, decide, evolve };

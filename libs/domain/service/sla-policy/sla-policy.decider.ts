import { parseBusinessDuration } from '../business-time/business-duration';
import { parseCalendar } from '../business-time/calendar';
import { Decider } from '../../shared/decider';
import { BusinessRuleError, NotFoundError } from '../../shared/errors';
import { parseFreeText } from '../../shared/free-text';
import { parseId } from '../../shared/identifier';
import { invalid, validateAll } from '../../shared/validation';
import { DefineSlaPolicy, SlaPolicyCommand } from './sla-policy.commands';
import { ClockTargets, Priority, PRIORITIES, SLA_CLOCKS, SlaClockName, SlaPolicyDefinition, SlaPolicyEvent, SlaTargets } from './sla-policy.events';

export type SlaPolicyState = { status: 'undefined' } | ({ status: 'defined' } & SlaPolicyDefinition);

function parseClockTargets(input: unknown, field: string): ClockTargets {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalid(field, 'must be { firstResponse, nextResponse, resolution }');
  const raw = input as Record<string, unknown>;
  const unknown = Object.keys(raw).filter((clock) => !(SLA_CLOCKS as readonly string[]).includes(clock));
  if (unknown.length) throw invalid(field, `unknown clock ${unknown.join(', ')}: use ${SLA_CLOCKS.join(', ')}`);
  const present = SLA_CLOCKS.filter((clock) => raw[clock] != null);
  const checks = Object.fromEntries(present.map((clock) => [clock, () => {
    parseBusinessDuration(raw[clock], `${field}.${clock}`);
    return String(raw[clock]).trim().toUpperCase();
  }]));
  return validateAll(checks) as ClockTargets;
}

export function parseTargets(input: unknown, field: string): SlaTargets {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalid(field, 'must be targets per priority, e.g. { "high": { "firstResponse": "PT1H" } }');
  const raw = input as Record<string, unknown>;
  const unknown = Object.keys(raw).filter((p) => !(PRIORITIES as readonly string[]).includes(p));
  if (unknown.length) throw invalid(field, `unknown priority ${unknown.join(', ')}: use ${PRIORITIES.join(', ')}`);
  const checks = Object.fromEntries(PRIORITIES.filter((p) => raw[p] != null).map((p) => [p, () => parseClockTargets(raw[p], `${field}.${p}`)]));
  const targets = validateAll(checks) as SlaTargets;
  if (!Object.values(targets).some((t) => t && Object.keys(t).length > 0)) throw invalid(field, 'needs at least one target');
  return targets;
}

/** Business milliseconds of a clock's target for a priority, or undefined when the clock does not run. */
export function targetMs(targets: SlaTargets, priority: Priority, clock: SlaClockName): number | undefined {
  const iso = targets[priority]?.[clock];
  return iso ? parseBusinessDuration(iso, clock) : undefined;
}

function define(command: DefineSlaPolicy, state: SlaPolicyState): SlaPolicyEvent[] {
  if (command.type === 'DefineSlaPolicy' && state.status === 'defined') throw new BusinessRuleError(`SLA policy ${state.slaPolicyId} is already defined`);
  if (command.type === 'ChangeSlaPolicy' && state.status !== 'defined') throw new NotFoundError('SLA policy', String(command.slaPolicyId));
  const parsed = validateAll({
    slaPolicyId: () => parseId(command.slaPolicyId, 'slaPolicyId'),
    name: () => parseFreeText(command.name, 'name', { maxLength: 200 }),
    calendar: () => parseCalendar(command),
    targets: () => parseTargets(command.targets, 'targets'),
  });
  const version = state.status === 'defined' ? state.version + 1 : 1;
  const data: SlaPolicyDefinition = { slaPolicyId: parsed.slaPolicyId, name: parsed.name, version, ...parsed.calendar, targets: parsed.targets };
  if (state.status === 'defined' && sameDefinition(state, data)) return []; // restating what is in force changes nothing
  return [{ type: state.status === 'defined' ? 'crm.sla-policy.changed' : 'crm.sla-policy.defined', data }];
}

function sameDefinition(state: SlaPolicyDefinition, next: SlaPolicyDefinition): boolean {
  const strip = ({ version: _v, ...rest }: SlaPolicyDefinition & { status?: string }) => JSON.stringify({ ...rest, status: undefined });
  return strip(state) === strip(next);
}

/** One policy per stream; every event restates the definition, so evolve keeps the latest. */
export const slaPolicyDecider: Decider<SlaPolicyCommand, SlaPolicyState, SlaPolicyEvent> = {
  initialState: { status: 'undefined' },
  decide: (command, state) => define(command, state),
  evolve: (_state, event) => ({ status: 'defined', ...event.data }),
};

/** What a case needs from its policy: calendar and targets at a version. */
export type SlaPolicySnapshot = Omit<SlaPolicyDefinition, 'name'>;

export function snapshotOf(state: SlaPolicyState): SlaPolicySnapshot | undefined {
  if (state.status !== 'defined') return undefined;
  const { status: _s, name: _n, ...snapshot } = state;
  return snapshot;
}

export const isPriority = (value: unknown): value is Priority => (PRIORITIES as readonly unknown[]).includes(value);

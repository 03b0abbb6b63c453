import { BusinessCalendar } from '../business-time/calendar';

/** SLA policy events (stream `sla-policy-<slaPolicyId>`). A policy is about a team, not a data subject: nothing personal. */
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const SLA_CLOCKS = ['firstResponse', 'nextResponse', 'resolution'] as const;
export type SlaClockName = (typeof SLA_CLOCKS)[number];

/** ISO 8601 durations of business time per clock ("PT1H"); a clock without a target does not run. */
export type ClockTargets = Partial<Record<SlaClockName, string>>;
export type SlaTargets = Partial<Record<Priority, ClockTargets>>;

/** The whole definition: every change restates it, so one event tells what was in force from then on. */
export type SlaPolicyDefinition = BusinessCalendar & {
  slaPolicyId: string;
  name: string;
  /** 1 for the first definition, +1 per correction; cases record the version their clocks follow. */
  version: number;
  targets: SlaTargets;
};

export interface SlaPolicyDefined {
  type: 'crm.sla-policy.defined';
  schemaVersion?: number;
  data: SlaPolicyDefinition;
  personal?: Record<string, never>;
}

/** A correction (a forgotten holiday, new hours): the clocks of open cases are recomputed under it. */
export interface SlaPolicyChanged {
  type: 'crm.sla-policy.changed';
  schemaVersion?: number;
  data: SlaPolicyDefinition;
  personal?: Record<string, never>;
}

export type SlaPolicyEvent = SlaPolicyDefined | SlaPolicyChanged;

export const slaPolicyStream = (slaPolicyId: string): string => `sla-policy-${slaPolicyId}`;

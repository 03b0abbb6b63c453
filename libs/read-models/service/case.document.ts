import { CaseStatus, SlaClocks } from '../../domain/service/case/case.events';

/** The `cases` read model: one document per case (`_id` = case id), with its SLA state. */
export type CaseFields = {
  _id: string;
  caseId: string;
  customerId: string;
  status: CaseStatus;
  priority: string;
  channel: string;
  interactionId: string;
  subject: string | null;
  assignee: string | null;
  escalationLevel: number;
  slaPolicyId: string;
  policyVersion: number;
  country: string | null;
  partnerId: string | null;
  sla: SlaClocks;
  /** Whether any clock was ever breached (recorded by the scheduler or by a late answer). */
  breached: boolean;
  /** Every breach, with the instant it happened (business time): KPIs as of a date filter on `at`. */
  breaches: { clock: string; at: string }[];
  /** The earliest due time of a running clock not yet breached: the breach the case is heading for. */
  nextDueAt: string | null;
  openedAt: string;
  firstRespondedAt: string | null;
  /** Business minutes to first response (time waiting on the customer excluded). */
  firstResponseMinutes: number | null;
  resolvedAt: string | null;
  /** Business minutes of the resolution clock at the last resolution. */
  resolutionMinutes: number | null;
  /** Each resolution with the resolution clock then, for KPIs as of a date. */
  resolutions: { at: string; minutes: number }[];
  statusHistory: { status: CaseStatus; at: string }[];
  closedAt: string | null;
  revision: number;
  updatedAt: string;
  /** The latest business time of any event applied: KPIs as of a later instant can use the current fields. */
  lastActivityAt: string;
};

export type CaseDocument = CaseFields & { _position: number };

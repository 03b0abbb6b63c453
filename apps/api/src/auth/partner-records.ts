import { Inject, Injectable } from '@nestjs/common';
import { customerDecider } from '../../../../libs/domain/customer/customer.decider';
import { CustomerEvent, customerStream } from '../../../../libs/domain/customer/customer.events';
import { leadStream } from '../../../../libs/domain/sales/lead/lead.events';
import { opportunityStream } from '../../../../libs/domain/sales/opportunity/opportunity.events';
import { caseStream } from '../../../../libs/domain/service/case/case.events';
import { feedbackStream } from '../../../../libs/domain/service/feedback/feedback.events';
import { taskStream } from '../../../../libs/domain/service/task/task.events';
import { fold } from '../../../../libs/domain/shared/decider';
import { NotFoundError } from '../../../../libs/domain/shared/errors';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { EVENT_STORE } from '../infrastructure/tokens';
import { PartnerScope } from '../partners/partner-scope';
import { Principal } from './principal';

/** The sales and service records a partner key is confined on, by their own id. */
export const PARTNER_RECORD_KINDS = ['lead', 'opportunity', 'case', 'task', 'feedback'] as const;
export type PartnerRecordKind = (typeof PARTNER_RECORD_KINDS)[number];

const STREAM: Record<PartnerRecordKind, (id: string) => string> = {
  lead: leadStream, opportunity: opportunityStream, case: caseStream, task: taskStream, feedback: feedbackStream,
};

/**
 * Which partner a sales or service record belongs to, read from the log (never a lagging read
 * model, so a record a partner just created is found on its next command): a lead's own partner;
 * for the others their customer's partner as it is now (a task without one: its case's customer,
 * else the partner that created it).
 */
@Injectable()
export class PartnerRecords {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(PartnerScope) private readonly scope: PartnerScope) {}

  /** 404 for a record outside the key's subtree, exactly as for a record that does not exist. */
  async assertVisible(principal: Principal, kind: PartnerRecordKind, id: string): Promise<void> {
    const owner = await this.partnerOf(kind, id);
    if (owner === undefined || !(await this.scope.isPartnerVisible(principal, owner))) throw new NotFoundError(kind, id.slice(0, 128));
  }

  /** The record's partner; null when it has none; undefined when there is no such record. */
  async partnerOf(kind: PartnerRecordKind, id: string): Promise<string | null | undefined> {
    const [first] = await this.store.readStream(STREAM[kind](id));
    if (!first) return undefined;
    const data = first.data as { partnerId?: string; customerId?: string; caseId?: string };
    if (kind === 'lead') return data.partnerId ?? null;
    if (data.customerId) return this.customerPartner(data.customerId);
    if (kind === 'task' && data.caseId) return (await this.partnerOf('case', data.caseId)) ?? null;
    return data.partnerId ?? null;
  }

  /** The customer's partner now, from its stream (null for no partner or no such customer). */
  async customerPartner(customerId: string): Promise<string | null> {
    const state = fold(customerDecider, (await this.store.readStream(customerStream(customerId))) as unknown as CustomerEvent[]);
    return state.status === 'registered' ? (state.partnerId ?? null) : null;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { customerStream } from '../../../../libs/domain/customer/customer.events';
import { leadStream } from '../../../../libs/domain/sales/lead/lead.events';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ReadModels } from '../read-side/read-models.service';

/** A data subject is a customer or a lead that was never converted into one. */
export type DataSubject = { kind: 'customer'; customerId: string } | { kind: 'lead'; leadId: string };

/** Everything one erasure reaches: the customers (the subject and the records merged into it) and leads. */
export interface ErasureScope {
  customers: CustomerScope[];
  leads: { leadId: string; customerId?: string }[];
}

export interface CustomerScope {
  customerId: string;
  caseIds: string[];
  taskIds: string[];
  feedbackIds: string[];
  /** Tasks that name only a case: their personal fields are sealed under the task's own key. */
  ownKeyTaskIds: string[];
}

/**
 * Finds data subjects and what belongs to them. The log says who exists and who was merged into
 * whom; the read models (caught up to the head first) index the leads, cases, tasks and feedback.
 */
@Injectable()
export class DataSubjects {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  async find(id: string): Promise<DataSubject | null> {
    if ((await this.store.readStream(customerStream(id))).length > 0) return { kind: 'customer', customerId: id };
    if ((await this.store.readStream(leadStream(id))).length > 0) return { kind: 'lead', leadId: id };
    return null;
  }

  /** The customer and, transitively, every record merged into it (and not unmerged since). */
  async withMerged(customerId: string): Promise<string[]> {
    const found: string[] = [];
    const pending = [customerId];
    while (pending.length) {
      const id = pending.shift()!;
      if (found.includes(id)) continue;
      found.push(id);
      const absorbed = new Set<string>();
      for (const event of await this.store.readStream(customerStream(id))) {
        if (event.type === 'crm.customer.absorbed') absorbed.add(String(event.data.duplicateId));
        if (event.type === 'crm.customer.released') absorbed.delete(String(event.data.duplicateId));
      }
      pending.push(...absorbed);
    }
    return found;
  }

  async scope(subject: DataSubject): Promise<ErasureScope> {
    await this.readModels.awaitPosition(await this.store.headPosition());
    if (subject.kind === 'lead') return { customers: [], leads: [{ leadId: subject.leadId }] };
    const customerIds = await this.withMerged(subject.customerId);
    const customers = await Promise.all(customerIds.map((id) => this.customerScope(id)));
    const leads = await (await this.readModels.collection('sales-leads')).find({ customerId: { $in: customerIds } });
    return { customers, leads: leads.map((lead) => ({ leadId: String(lead._id), customerId: String(lead.customerId) })) };
  }

  private async customerScope(customerId: string): Promise<CustomerScope> {
    const ids = (docs: { _id: string }[]) => docs.map((doc) => doc._id).sort();
    const caseIds = ids(await (await this.readModels.collection('cases')).find({ customerId }));
    const tasks = await (await this.readModels.collection('tasks')).find({ $or: [{ customerId }, { caseId: { $in: caseIds } }] });
    const feedbackIds = ids(await (await this.readModels.collection('feedback')).find({ customerId }));
    return { customerId, caseIds, taskIds: ids(tasks), feedbackIds, ownKeyTaskIds: ids(tasks.filter((task) => typeof task.customerId !== 'string')) };
  }
}

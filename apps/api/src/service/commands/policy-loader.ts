import { Inject, Injectable } from '@nestjs/common';
import { customerDecider } from '../../../../../libs/domain/customer/customer.decider';
import { customerStream } from '../../../../../libs/domain/customer/customer.events';
import { RegisteredCustomer } from '../../../../../libs/domain/customer/customer.state';
import { fold } from '../../../../../libs/domain/shared/decider';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { slaPolicyDecider, SlaPolicySnapshot, snapshotOf } from '../../../../../libs/domain/service/sla-policy/sla-policy.decider';
import { slaPolicyStream, SlaPolicyEvent } from '../../../../../libs/domain/service/sla-policy/sla-policy.events';
import { CustomerEvent } from '../../../../../libs/domain/customer/customer.events';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { EVENT_STORE } from '../../infrastructure/tokens';

/** Reads what service commands need from other aggregates, straight from their streams (never stale). */
@Injectable()
export class ServiceLookups {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async policy(slaPolicyId: string): Promise<SlaPolicySnapshot> {
    const events = await this.store.readStream(slaPolicyStream(slaPolicyId));
    const snapshot = snapshotOf(fold(slaPolicyDecider, events as unknown as SlaPolicyEvent[]));
    if (!snapshot) throw new NotFoundError('SLA policy', slaPolicyId);
    return snapshot;
  }

  async customer(customerId: string): Promise<RegisteredCustomer> {
    const events = await this.store.readStream(customerStream(customerId));
    const state = fold(customerDecider, events as unknown as CustomerEvent[]);
    if (state.status !== 'registered') throw new NotFoundError('customer', customerId);
    return state;
  }
}

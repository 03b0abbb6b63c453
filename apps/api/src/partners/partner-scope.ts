import { Inject, Injectable } from '@nestjs/common';
import { InvalidValueError, NotFoundError } from '../../../../libs/domain/shared/errors';
import { DocumentCollection, Filter } from '../../../../libs/read-models/document-store.port';
import { Principal } from '../auth/principal';
import { currentPrincipal } from '../http/request-context';
import { ReadModels } from '../read-side/read-models.service';
import { scopedCollection } from './scoped-collection';

/**
 * The one place that confines partner keys to their subtree (the partner and everything below
 * it). Every other principal passes untouched. Out-of-scope records answer exactly like records
 * that do not exist, so a partner cannot learn what other partners hold.
 */
@Injectable()
export class PartnerScope {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  /** The partner ids a partner key may see, or undefined when the principal is not confined. */
  async subtree(principal: Principal | undefined): Promise<string[] | undefined> {
    const root = confinedTo(principal);
    if (root === undefined) return undefined;
    const partners = await this.readModels.collection('partners');
    return (await partners.find({ path: root })).map((p) => String(p._id));
  }

  async isPartnerVisible(principal: Principal | undefined, partnerId: unknown): Promise<boolean> {
    const root = confinedTo(principal);
    if (root === undefined) return true;
    if (typeof partnerId !== 'string') return false;
    const partners = await this.readModels.collection('partners');
    return (await partners.findOne({ _id: partnerId, path: root })) !== null;
  }

  /** 404 for a customer outside the key's subtree, as for one that does not exist. */
  async assertCustomerVisible(principal: Principal | undefined, customerId: string): Promise<void> {
    if (confinedTo(principal) === undefined) return;
    const customers = await this.readModels.collection('customer-360');
    const customer = await customers.findOne({ _id: customerId });
    if (!customer || !(await this.isPartnerVisible(principal, customer.partnerId))) throw new NotFoundError('customer', customerId);
  }

  async assertPartnerVisible(principal: Principal | undefined, partnerId: string): Promise<void> {
    if (!(await this.isPartnerVisible(principal, partnerId))) throw new NotFoundError('partner', partnerId);
  }

  /** A partner key may only assign partners of its subtree (unknown to it = no such partner). */
  async assertAssignable(principal: Principal | undefined, partnerId: unknown, required: boolean, field = 'partnerId'): Promise<void> {
    if (confinedTo(principal) === undefined) return;
    if (partnerId === undefined && !required) return;
    if (!(await this.isPartnerVisible(principal, partnerId))) {
      throw new InvalidValueError([{ field, message: 'must be a partner of your own subtree' }]);
    }
  }

  /** A filter over documents carrying `partnerId` (customer-360 and the like); undefined = no narrowing. */
  async customerFilter(principal: Principal | undefined, field = 'partnerId'): Promise<Filter | undefined> {
    const ids = await this.subtree(principal);
    return ids === undefined ? undefined : { [field]: { $in: ids } };
  }

  /** Of the given customer ids, those the principal may see (all of them for unconfined principals). */
  async visibleCustomers(principal: Principal | undefined, customerIds: string[]): Promise<Set<string>> {
    const filter = await this.customerFilter(principal);
    if (!filter) return new Set(customerIds);
    if (customerIds.length === 0) return new Set();
    const customers = await this.readModels.collection('customer-360');
    const visible = await customers.find({ $and: [{ _id: { $in: [...new Set(customerIds)] } }, filter] });
    return new Set(visible.map((c) => String(c._id)));
  }

  /**
   * A read model narrowed to the current request's partner subtree (unchanged for everyone else
   * and outside requests). `by: 'partnerId'` for documents that carry their partner; `by:
   * 'customerId'` for documents that only name a customer (narrowed to the subtree's customers).
   */
  async confine(collection: DocumentCollection, by: 'partnerId' | 'customerId'): Promise<DocumentCollection> {
    const principal = currentPrincipal();
    const partners = await this.subtree(principal);
    if (!partners) return collection;
    if (by === 'partnerId') return scopedCollection(collection, { partnerId: { $in: partners } });
    const customers = await (await this.readModels.collection('customer-360')).find({ partnerId: { $in: partners } });
    return scopedCollection(collection, { customerId: { $in: customers.map((c) => String(c._id)) } });
  }

  /**
   * For the feed and SSE: which of these events a principal may receive. A partner key gets only
   * events whose subject is a customer of its subtree (personal fields stay sealed as for anyone).
   */
  async eventFilter<E extends AboutSubject>(principal: Principal | undefined, events: E[]): Promise<(event: E) => boolean> {
    if (confinedTo(principal) === undefined) return () => true;
    const subjects = events.map((e) => e.subjectId).filter((id): id is string => typeof id === 'string');
    const visible = await this.visibleCustomers(principal, subjects);
    return (event) => event.subjectId !== undefined && visible.has(event.subjectId);
  }
}

/** Anything with a data subject: events of the log. */
interface AboutSubject {
  subjectId?: string;
}
/** The partner a principal is confined to; '' (matches nothing) for a partner principal without one. */
function confinedTo(principal: Principal | undefined): string | undefined {
  return principal?.role === 'partner' ? (principal.partnerId ?? '') : undefined;
}

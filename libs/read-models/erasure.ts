import { EventEnvelope } from '../event-store/envelope';

/**
 * The documents a customer's erasure names (`crm.customer.erased` carries the ids of the cases,
 * tasks and feedback about the customer), so a projection keyed by those ids can forget the
 * personal fields it copied from one event, replay included.
 */
export function idsNamedByErasure(event: EventEnvelope, field: 'caseIds' | 'taskIds' | 'feedbackIds'): string[] {
  if (event.type !== 'crm.customer.erased') return [];
  const ids = event.data[field];
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

import { hash } from 'node:crypto';
import { CustomerRegistered } from '../../../../libs/domain/customer/customer.events';
import { deterministicId } from '../commands/deterministic-id';

/** The normalised keys a row may share with another customer: `email:…`, `phone:…`, `ref:system:id`. */
export function dedupKeys(registered: CustomerRegistered): string[] {
  return [
    ...registered.personal.contactPoints.map((cp) => `${cp.type}:${cp.value}`),
    ...registered.personal.externalRefs.map((ref) => `ref:${ref.system}:${ref.id}`),
  ];
}

/**
 * The customer id an imported row gets, the same on every run: from its first external ref (the
 * legacy system's own key, so a corrected row is still the same customer), else from its content.
 * A re-run or a restart after a kill thus names the same customers and the same event ids.
 */
export function importedCustomerId(registered: CustomerRegistered): string {
  const ref = registered.personal.externalRefs[0];
  if (ref) return deterministicId('crm.import', 'ref', ref.system, ref.id);
  const { customerId: _placeholder, ...data } = registered.data;
  const content = JSON.stringify([data, { ...registered.personal, contactPoints: registered.personal.contactPoints.map((cp) => [cp.type, cp.value]) }]);
  return deterministicId('crm.import', 'row', hash('sha256', content, 'hex'));
}

/** The registration under its import id, contact point ids derived from it too. */
export function withImportIds(registered: CustomerRegistered, customerId: string): CustomerRegistered {
  return {
    ...registered,
    data: { ...registered.data, customerId },
    personal: { ...registered.personal, contactPoints: registered.personal.contactPoints.map((cp, i) => ({ ...cp, id: deterministicId(customerId, 'contact-point', String(i)) })) },
  };
}

import { Doc } from '../../../../../libs/read-models/document-store.port';
import { CustomerView } from './customer.queries';

/** The 360° document without storage internals (search keys among them); `_poisoned` stays visible, clients must know. */
export function toView(doc: Omit<Doc, '_position'> & { _position?: number }): CustomerView {
  const { _id, _position, nameTokens: _tokens, sortKeys: _sortKeys, fieldTimes: _times, consentFacts: _facts, externalRefKeys: _keys, ...view } = doc;
  return { ...view, customerId: String(_id), position: _position } as unknown as CustomerView;
}

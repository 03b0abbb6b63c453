import { PartnerEvent } from '../../domain/partner/partner.events';
import { Projection } from '../projection';

/**
 * Partners by id with their `path` (root first, the partner last). A subtree is one indexed
 * query, `{ path: <partnerId> }` (multikey), and "is X inside Y's subtree" is `path` contains Y.
 */
export const partnersProjection: Projection = {
  name: 'partners',
  version: 1,
  indexes: [{ fields: { path: 1 } }, { fields: { parentId: 1 } }],
  canHandle: (type) => type === 'crm.partner.registered',
  documentIds(event) {
    return event.type === 'crm.partner.registered' ? [String(event.data.partnerId)] : [];
  },
  evolve(doc, envelope, id) {
    if (doc) return doc;
    const { data } = envelope as unknown as PartnerEvent;
    return {
      _id: id, partnerId: id, name: data.name, kind: data.kind, parentId: data.parentId, ancestors: data.ancestors,
      path: [...data.ancestors, id], countries: data.countries, registeredAt: envelope.occurredAt,
    };
  },
};

import { Projection } from '../projection';

/** One document per SLA policy (`_id` = policy id): the definition in force and its version. */
export const slaPoliciesProjection: Projection = {
  name: 'sla-policies',
  version: 1,
  indexes: [],
  documentIds: (event) => (event.type.startsWith('crm.sla-policy.') && typeof event.data.slaPolicyId === 'string' ? [event.data.slaPolicyId] : []),
  evolve: (doc, event, id) => ({
    ...event.data, _id: id, definedAt: (doc?.definedAt as string | undefined) ?? event.occurredAt, updatedAt: event.occurredAt,
  }),
};

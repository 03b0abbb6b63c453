import { Role } from '../../../../libs/access/api-key.events';

/** Who is calling: resolved from the API key on every request. */
export interface Principal {
  keyId: string;
  role: Role;
  name: string;
  partnerId?: string;
}

/** The actor recorded in every event's metadata. */
export const actorOf = (principal: Principal): string => `key:${principal.keyId}`;

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

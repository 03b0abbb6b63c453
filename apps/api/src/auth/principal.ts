import { Role } from '../../../../libs/access/api-key.events';

/** Who is calling: resolved from the API key or JWT on every request. */
export interface Principal {
  /** The API key id, or the JWT subject for `kind: 'jwt'`. */
  keyId: string;
  role: Role;
  name: string;
  partnerId?: string;
  kind?: 'api-key' | 'jwt';
}

/** The actor recorded in every event's metadata. */
export const actorOf = (principal: Principal): string => (principal.kind === 'jwt' ? `jwt:${principal.keyId}` : `key:${principal.keyId}`);

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

import { FastifyInstance } from 'fastify';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Principal } from '../auth/principal';

const storage = new AsyncLocalStorage<{ requestId: string; principal?: Principal }>();

/** The id of the request being served (x-request-id), wherever in its async work we are. */
export const currentRequestId = (): string | undefined => storage.getStore()?.requestId;

/** Who the request being served was authenticated as (set by the guard); undefined outside requests. */
export const currentPrincipal = (): Principal | undefined => storage.getStore()?.principal;

/** Called by the guard once the caller is known, so code deep in a request can confine its reads. */
export function rememberPrincipal(principal: Principal): void {
  const store = storage.getStore();
  if (store) store.principal = principal;
}

/** Opens the request's context before anything else runs for it. */
export function trackRequestIds(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => storage.run({ requestId: String(request.id) }, done));
}

import { Inject, Injectable } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { problem, ProblemError } from '../http/problem';
import { looksLikeJwt, JwtVerifier } from './jwt-verifier';
import { ApiKeyVerifier } from './key-verifier';
import { Principal } from './principal';
import { SecurityLog } from './security-log';

/** The bearer credential of a request, if it sent one in the expected shape. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer +(\S{1,4096}) *$/i.exec(header ?? '')?.[1];
}

/** The route as registered (`GET /v1/customers/:id`): never the raw URL a client made up. */
export const routeOf = (request: FastifyRequest): string => `${request.method} ${request.routeOptions?.url ?? '(unrouted)'}`;

/** Proves who is calling (API key or JWT); a failure is a 401 and a (throttled) security event. */
@Injectable()
export class Authenticator {
  constructor(
    @Inject(ApiKeyVerifier) private readonly keys: ApiKeyVerifier,
    @Inject(JwtVerifier) private readonly jwt: JwtVerifier,
    @Inject(SecurityLog) private readonly security: SecurityLog,
  ) {}

  async authenticate(request: FastifyRequest): Promise<Principal> {
    const presented = bearerToken(request.headers.authorization);
    if (!presented) {
      await this.fail(request, 'missing-credentials', 'anonymous');
      throw unauthorized('send an API key as "Authorization: Bearer <key>"');
    }
    if (this.jwt.enabled && looksLikeJwt(presented)) {
      const principal = await this.jwt.verify(presented);
      if (principal) return principal;
      await this.fail(request, 'invalid-token', 'anonymous');
      throw unauthorized(REFUSED);
    }
    const check = await this.keys.check(presented);
    if ('principal' in check) return check.principal;
    await this.fail(request, check.failure, check.keyId ? `key:${check.keyId}` : 'anonymous');
    throw unauthorized(REFUSED);
  }

  private fail(request: FastifyRequest, reason: string, actor: string): Promise<void> {
    return this.security.authenticationFailed({ actor, reason, route: routeOf(request), requestId: String(request.id), client: request.ip });
  }
}

// One answer for every refused credential: the client learns nothing about which part was wrong.
const REFUSED = 'the credentials are unknown, revoked or expired';

function unauthorized(detail: string): ProblemError {
  return new ProblemError(problem(401, 'unauthorized', detail), { 'www-authenticate': 'Bearer' });
}

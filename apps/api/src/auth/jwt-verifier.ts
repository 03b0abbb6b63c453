import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';
import { Role, ROLES } from '../../../../libs/access/api-key.events';
import { ApiConfig } from '../config/config';
import { JwtConfig } from '../config/security-config';
import { API_CONFIG } from '../infrastructure/tokens';
import { Principal } from './principal';

// Asymmetric only: a shared-secret (HS*) token could be minted by anyone holding the secret.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Looks like a compact JWS: three base64url parts, the first a JSON header. */
export const looksLikeJwt = (token: string): boolean => /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/.test(token);

/** Bearer JWTs from the configured issuer, checked against its JWKS (fetched and cached by jose). */
@Injectable()
export class JwtVerifier {
  private readonly settings?: JwtConfig;
  private readonly keys?: ReturnType<typeof createRemoteJWKSet>;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.settings = config.security?.jwt;
    if (this.settings) this.keys = createRemoteJWKSet(this.settings.jwksUrl, { timeoutDuration: 5000, cooldownDuration: 30_000 });
  }

  get enabled(): boolean {
    return this.keys !== undefined;
  }

  /** The principal the token proves, or undefined for a bad signature, issuer, audience, expiry or claims. */
  async verify(token: string): Promise<Principal | undefined> {
    if (!this.keys || !this.settings) return undefined;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.settings.issuer, audience: this.settings.audience, algorithms: ALGORITHMS, clockTolerance: 30, requiredClaims: ['sub', 'exp'],
      }));
    } catch {
      return undefined;
    }
    const role = payload[this.settings.roleClaim];
    const partnerId = payload[this.settings.partnerClaim];
    if (typeof role !== 'string' || !ROLES.includes(role as Role) || !payload.sub) return undefined;
    if (role === 'partner' && (typeof partnerId !== 'string' || !UUID.test(partnerId))) return undefined;
    const name = typeof payload.name === 'string' ? payload.name.slice(0, 200) : payload.sub;
    return { keyId: payload.sub.slice(0, 200), role: role as Role, name, kind: 'jwt', ...(role === 'partner' ? { partnerId: partnerId as string } : {}) };
  }
}

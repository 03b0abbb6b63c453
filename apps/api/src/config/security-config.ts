import { ConfigError, Env, integer } from './config';

export interface JwtConfig {
  jwksUrl: URL;
  issuer: string;
  audience: string;
  /** Claim naming the role (one of the API key roles). */
  roleClaim: string;
  /** Claim naming the partner, required with the partner role. */
  partnerClaim: string;
}

export interface SecurityConfig {
  /** Bearer JWTs are accepted beside API keys only when a JWKS URL is configured. */
  jwt?: JwtConfig;
  /** Requests per key (or per client address without one) and window; max 0 turns the limit off. */
  rateLimit: { max: number; windowMs: number };
  /** Origins allowed cross-origin; empty = no CORS headers at all; ['*'] = any origin. */
  corsOrigins: string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function jwksUrl(env: Env): URL | undefined {
  const raw = (env.CRM_JWT_JWKS_URL ?? '').trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('CRM_JWT_JWKS_URL', `is not a URL (got "${raw}")`);
  }
  // Keys fetched in clear could be swapped on the way; plain http only for a JWKS on this machine.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new ConfigError('CRM_JWT_JWKS_URL', 'must be an https URL (http only on loopback)');
  }
  return url;
}

function claimName(env: Env, name: string, fallback: string): string {
  const value = (env[name] ?? '').trim() || fallback;
  if (!/^[\w.:/-]{1,200}$/.test(value)) throw new ConfigError(name, `is not a usable claim name (got "${value}")`);
  return value;
}

function corsOrigins(env: Env): string[] {
  const origins = (env.CRM_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError('CRM_CORS_ORIGINS', `must be origins like https://app.example.com separated by commas, or * (got "${origin}")`);
    }
  }
  return origins;
}

/** Authentication, rate limit and CORS settings; called by loadConfig. */
export function loadSecurityConfig(env: Env): SecurityConfig {
  const url = jwksUrl(env);
  const need = (name: string) => {
    const value = (env[name] ?? '').trim();
    if (!value) throw new ConfigError(name, 'is required when CRM_JWT_JWKS_URL is set');
    return value;
  };
  return {
    ...(url
      ? {
          jwt: {
            jwksUrl: url,
            issuer: need('CRM_JWT_ISSUER'),
            audience: need('CRM_JWT_AUDIENCE'),
            roleClaim: claimName(env, 'CRM_JWT_ROLE_CLAIM', 'crm_role'),
            partnerClaim: claimName(env, 'CRM_JWT_PARTNER_CLAIM', 'crm_partner_id'),
          },
        }
      : {}),
    rateLimit: {
      // 600 requests/s per key: about what one API instance serves in writes (docs/performance.md), so an
      // internal service on one key is never throttled below the capacity it can actually use.
      max: integer(env, 'CRM_RATE_LIMIT_MAX', 36_000, 0, 10_000_000),
      windowMs: integer(env, 'CRM_RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400) * 1000,
    },
    corsOrigins: corsOrigins(env),
  };
}

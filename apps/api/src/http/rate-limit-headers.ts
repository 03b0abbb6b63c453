import { FastifyInstance } from 'fastify';

const LIMIT = 'ratelimit-limit';
const REMAINING = 'ratelimit-remaining';
const RESET = 'ratelimit-reset';

/**
 * The limit as the IETF draft (draft-ietf-httpapi-ratelimit-headers) names it:
 * `RateLimit-Policy: "per-key";q=<requests>;w=<window s>` and `RateLimit: "per-key";r=<left>;t=<s to reset>`.
 * @fastify/rate-limit writes the older three `RateLimit-Limit/-Remaining/-Reset` headers; they are
 * rewritten here, once, before the answer leaves.
 */
export function draftRateLimitHeaders(fastify: FastifyInstance, windowSeconds: number): void {
  fastify.addHook('onSend', async (_request, reply, payload) => {
    const limit = reply.getHeader(LIMIT);
    if (limit === undefined) return payload;
    const remaining = reply.getHeader(REMAINING) ?? 0;
    const reset = reply.getHeader(RESET) ?? windowSeconds;
    void reply.removeHeader(LIMIT).removeHeader(REMAINING).removeHeader(RESET)
      .header('ratelimit-policy', `"per-key";q=${limit};w=${windowSeconds}`)
      .header('ratelimit', `"per-key";r=${remaining};t=${reset}`);
    return payload;
  });
}

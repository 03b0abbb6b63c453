import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { map, Observable } from 'rxjs';
import { seesPersonalData } from '../auth/permissions';

/**
 * The tag of an entity whose stream revision is known: If-Match compares the revision; the read
 * model's log position makes it change whenever the answer does (a 360° view also shows
 * interactions, cases and deals from other streams, which leave the customer's revision alone).
 */
export const revisionTag = (revision: number, position: number): string => `"${revision}.${position}"`;

/**
 * ETag on every entity GET that did not set its own (the 360° view and cases answer a revisionTag,
 * the one If-Match takes). The weak tag names the log position of the document, the URL (asOf,
 * version…) and whether personal fields were visible; it is never read as a revision by If-Match.
 * Figures derived from the clock (a live score, SLA minutes remaining) may move on under one tag.
 */
@Injectable()
export class EntityTagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (context.getType() !== 'http' || request.method !== 'GET') return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((answer: unknown) => {
        const position = (answer as { position?: unknown } | null)?.position;
        if (typeof position === 'number' && !reply.hasHeader('etag')) void reply.header('etag', weakTag(request, position));
        return answer;
      }),
    );
  }
}

function weakTag(request: FastifyRequest, position: number): string {
  const personal = request.principal ? seesPersonalData(request.principal.role) : false;
  const variant = createHash('sha256').update(`${request.url}\n${personal}`).digest('base64url').slice(0, 12);
  return `W/"p${position}-${variant}"`;
}

/** Weak comparison (RFC 9110 §13.1.2): `W/"x"` matches `"x"`; `*` matches any tag. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** A GET whose ETag the client already holds (If-None-Match) answers 304 without a body. */
export function answerNotModified(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
    const etag = reply.getHeader('etag');
    if (typeof etag !== 'string' || !noneMatch(request.headers['if-none-match'], etag)) return payload;
    void reply.code(304).removeHeader('content-length').removeHeader('content-type');
    return '';
  });
}

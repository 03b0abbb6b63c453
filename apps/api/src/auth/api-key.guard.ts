import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { problem, ProblemError } from '../http/problem';
import { ApiKeyService } from './api-key.service';
import { IS_PUBLIC } from './public.decorator';

/** Every route needs a valid, unrevoked key unless it is marked @Public(). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ApiKeyService) private readonly keys: ApiKeyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthorized('send an API key as "Authorization: Bearer <key>"');
    const principal = await this.keys.authenticate(match[1]);
    if (!principal) throw unauthorized('the API key is unknown or revoked');
    request.principal = principal;
    return true;
  }
}

function unauthorized(detail: string): ProblemError {
  return new ProblemError(problem(401, 'unauthorized', detail), { 'www-authenticate': 'Bearer' });
}

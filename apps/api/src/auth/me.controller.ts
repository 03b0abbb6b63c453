import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { QueryRead } from '../http/openapi/operation-kinds';

/** Who the caller is, so a client (the console) can show only what the role may read. */
@ApiTags('access')
@ApiBearerAuth()
@Controller('v1/me')
export class MeController {
  @Get()
  @QueryRead('Me', { minPosition: false })
  @ApiOperation({ summary: 'The calling key or token: role, name and, for a partner key, its partner; any role may ask' })
  me(@Req() request: FastifyRequest) {
    // The guard authenticated the caller before this runs (permission `authenticated`).
    const principal = request.principal!;
    return { role: principal.role, name: principal.name, partnerId: principal.partnerId ?? null, kind: principal.kind ?? 'api-key' };
  }
}

import { Body, Controller, Delete, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role, ROLES } from '../../../../libs/access/api-key.events';
import { answerCommand, commandContext } from '../http/command-request';
import { problem, ProblemError } from '../http/problem';
import { ApiKeyService } from './api-key.service';

export class CreateApiKeyDto {
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES)
  role!: Role;

  @ApiProperty() @IsString() @Length(1, 200) @Matches(/^[^\p{Cc}]*$/u, { message: 'must not contain control characters' })
  name!: string;

  @ApiPropertyOptional({ description: 'Required for the partner role' }) @IsOptional() @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString()
  occurredAt?: string;
}

@ApiTags('access')
@ApiBearerAuth()
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(@Inject(ApiKeyService) private readonly keys: ApiKeyService) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key; the answer carries the secret once, in `key`' })
  async create(@Body() body: CreateApiKeyDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    // Role enforcement for all routes comes with the permission matrix; minting keys is admin-only already.
    if (request.principal?.role !== 'admin') throw new ProblemError(problem(403, 'forbidden', 'only an admin may create API keys'));
    const result = await this.keys.create(body, commandContext(request, body.occurredAt));
    return { ...answerCommand(reply, result, { location: `/v1/api-keys/${result.id}` }), key: result.key, role: body.role };
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key; effective on the next request' })
  async revoke(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    if (request.principal?.role !== 'admin') throw new ProblemError(problem(403, 'forbidden', 'only an admin may revoke API keys'));
    return answerCommand(reply, await this.keys.revoke(id, commandContext(request)));
  }
}

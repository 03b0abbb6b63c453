import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role, ROLES } from '../../../../libs/access/api-key.events';
import { ListQuery } from '../customers/dto/list.query';
import { answerCommand, commandContext } from '../http/command-request';
import { ApiKeyService } from './api-key.service';
import { Command, CreateCommand, EntityRead, ListRead } from '../http/openapi/operation-kinds';

export class CreateApiKeyDto {
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES)
  role!: Role;

  @ApiProperty() @IsString() @Length(1, 200) @Matches(/^[^\p{Cc}]*$/u, { message: 'must not contain control characters' })
  name!: string;

  @ApiPropertyOptional({ description: 'Required for the partner role: the key sees this partner and everything below it' }) @IsOptional() @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString()
  occurredAt?: string;
}

/** Who may call these is decided by the permissions table (keys.manage: admin), like every route. */
@ApiTags('access')
@ApiBearerAuth()
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(@Inject(ApiKeyService) private readonly keys: ApiKeyService) {}

  @Post()
  @CreateCommand('ApiKeyCreated')
  @ApiOperation({ summary: 'Create an API key; the answer carries the secret once, in `key`' })
  async create(@Body() body: CreateApiKeyDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { occurredAt, ...key } = body;
    const result = await this.keys.create(key, commandContext(request, occurredAt));
    return { ...answerCommand(reply, result, { location: `/v1/api-keys/${result.id}` }), key: result.key, role: body.role };
  }

  @Get()
  @ListRead('ApiKey', { minPosition: false })
  @ApiOperation({ summary: 'API keys with role, name, partner, createdAt and revokedAt; never a secret or its hash' })
  list(@Query() query: ListQuery) {
    return this.keys.list(query.limit ?? 50, query.cursor);
  }

  @Get(':id')
  @EntityRead('ApiKey', { minPosition: false })
  @ApiOperation({ summary: 'One API key with role, name, partner, createdAt and revokedAt; never its secret or hash' })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.keys.get(id);
  }

  @Delete(':id')
  @Command()
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key; refused from the very next request on' })
  async revoke(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answerCommand(reply, await this.keys.revoke(id, commandContext(request)));
  }
}

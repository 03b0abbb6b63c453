import { Controller, Get, Inject, Param, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { consentChannelOf } from '../../../../libs/domain/compliance/consent-in-force';
import { parseConsentChannel, parsePurpose } from '../../../../libs/domain/customer/consents';
import { parseInstant } from '../../../../libs/domain/shared/instant';
import { validateAll } from '../../../../libs/domain/shared/validation';
import { CustomerIdPipe } from '../customers/customer-id.pipe';
import { ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { ConsentProofAnswer, ConsentProofQuery } from './consent-proof.handler';
import { RecordsAccess, subjectOfAnswer } from './records-access.decorator';
import { QueryRead } from '../http/openapi/operation-kinds';

export class ConsentAtDto {
  @ApiProperty({ example: 'marketing' }) @IsString() @Length(1, 64)
  purpose!: string;

  @ApiProperty({ example: 'email', description: 'A consent channel (email, sms, phone, post, push, whatsapp, any) or an interaction channel, mapped: email→email, sms→sms, phone→phone; chat, social, web, in_person and partner have no consent channel of their own and are covered only by consent for `any`' })
  @IsString() @Length(1, 32)
  channel!: string;

  @ApiProperty({ example: '2026-03-03T10:00:00+01:00', description: 'Business time of the contact' }) @IsString() @Length(10, 40)
  at!: string;

  @ApiPropertyOptional({ description: 'System time: answer with what the log held then (default: everything recorded)' })
  @IsOptional() @IsString() @Length(10, 40)
  knownAt?: string;
}

@ApiTags('compliance')
@ApiBearerAuth()
@UseInterceptors(ReadYourWritesInterceptor)
@Controller('v1/customers')
export class ConsentProofController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get(':id/consents/at')
  @QueryRead('ConsentsAt', { also: [404] })
  @RecordsAccess({ kind: 'customer.consent-proof', subjects: subjectOfAnswer, parameters: ['purpose', 'channel', 'at', 'knownAt'] })
  @ApiOperation({
    summary: 'Consent proof: did we have consent for purpose P on channel C at instant T?',
    description: 'Answers `granted`, `grantedAt` and the consent event that decided it (`decidedBy`), folded from the log on business time (`at`) '
      + 'and optionally system time (`knownAt`), plus the outbound contacts made at exactly `at` with the consent state each recorded when it was made.',
  })
  consentAt(@Param('id', CustomerIdPipe) id: string, @Query() params: ConsentAtDto): Promise<ConsentProofAnswer> {
    const { purpose, channel, at, knownAt } = validateAll({
      purpose: () => parsePurpose(params.purpose, 'purpose'),
      channel: () => consentChannelOf(params.channel) ?? parseConsentChannel(params.channel, 'channel'),
      at: () => parseInstant(params.at, 'at'),
      knownAt: () => (params.knownAt ? parseInstant(params.knownAt, 'knownAt') : undefined),
    });
    return this.queries.execute(new ConsentProofQuery(id, purpose, channel, at, knownAt));
  }
}

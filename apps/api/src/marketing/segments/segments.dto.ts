import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CONSENT_CHANNELS } from '../../../../../libs/domain/customer/consents';
import { ListQuery } from '../../customers/dto/list.query';

const RULE_DOC = '`{ all: [...] }` or `{ any: [...] }` (nestable, at most 4 deep, 50 conditions) of conditions `{ field, op, value }`: '
  + 'field one of country, partnerId (the partner\'s whole subtree), lifecycleStage, leadScore, lastContactAt, lastNps, preferredLanguage, openCases; '
  + 'op one of eq, in, gte, lte (numbers), before, after (lastContactAt). See docs/marketing.md';

export class DefineSegmentDto {
  @ApiProperty({ example: 'Tehran promoters' }) @IsString() @Length(1, 200) @Matches(/^[^\p{Cc}]*$/u, { message: 'must not contain control characters' })
  name!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: RULE_DOC, example: { all: [{ field: 'country', op: 'eq', value: 'IR' }, { field: 'lastNps', op: 'gte', value: 9 }] } })
  @IsObject()
  rule!: Record<string, unknown>;

  @ApiPropertyOptional() @IsOptional() @IsString()
  occurredAt?: string;
}

export class ChangeSegmentDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) @Matches(/^[^\p{Cc}]*$/u, { message: 'must not contain control characters' })
  name?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: `The new rule; membership is evaluated again. ${RULE_DOC}` })
  @IsOptional() @IsObject()
  rule?: Record<string, unknown>;

  @ApiPropertyOptional() @IsOptional() @IsString()
  occurredAt?: string;
}

export class SegmentMembersQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Only members whose consent for this purpose is in force (at asOf, else now)' }) @IsOptional() @IsString() @Length(1, 64)
  purpose?: string;

  @ApiPropertyOptional({ enum: CONSENT_CHANNELS, description: 'With purpose: the consent channel (default any)' }) @IsOptional() @IsIn(CONSENT_CHANNELS)
  channel?: string;

  @ApiPropertyOptional({ description: 'Business time: the members as things stood then' }) @IsOptional() @IsString() @Length(10, 40)
  asOf?: string;
}

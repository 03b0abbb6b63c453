import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Length } from 'class-validator';
import { INTERACTION_CHANNELS } from '../../../../../libs/domain/interaction/interaction.events';
import { PRIORITIES } from '../../../../../libs/domain/service/sla-policy/sla-policy.events';
import { OccurredAtDto } from '../../customers/dto/shared.dto';

/** Shapes only: the domain checks meaning (a real time zone, windows that do not overlap…) and answers 422. */
export class SlaPolicyDto extends OccurredAtDto {
  @ApiProperty({ example: 'Tehran support' }) @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'Asia/Tehran', description: 'IANA time zone' }) @IsString() @Length(1, 64)
  timeZone!: string;

  @ApiProperty({ example: { sat: [['08:00', '16:00']], sun: [['08:00', '16:00']] }, description: 'Local windows per weekday (mon…sun)' }) @IsObject()
  workingHours!: Record<string, unknown>;

  @ApiPropertyOptional({ type: [String], example: ['2026-03-21'] }) @IsOptional() @IsArray() @ArrayMaxSize(1000) @IsString({ each: true })
  holidays?: string[];

  @ApiProperty({ example: { high: { firstResponse: 'PT1H', nextResponse: 'PT2H', resolution: 'PT8H' } }, description: 'ISO 8601 durations of business time per priority' })
  @IsObject()
  targets!: Record<string, unknown>;
}

export class OpenCaseDto extends OccurredAtDto {
  @ApiProperty() @IsString() @Length(1, 128)
  customerId!: string;

  @ApiProperty({ example: 'Refund not received' }) @IsString() @Length(1, 500)
  subject!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 20000)
  description?: string;

  @ApiProperty({ enum: PRIORITIES }) @IsString() @Length(1, 20)
  priority!: string;

  @ApiProperty({ enum: INTERACTION_CHANNELS }) @IsIn(INTERACTION_CHANNELS)
  channel!: string;

  @ApiProperty() @IsString() @Length(1, 128)
  slaPolicyId!: string;

  @ApiPropertyOptional({ description: 'The interaction the case comes from; without it, one is recorded on `channel`' }) @IsOptional() @IsString() @Length(1, 128)
  interactionId?: string;
}

export class AssignCaseDto extends OccurredAtDto {
  @ApiProperty({ example: 'agent-7' }) @IsString() @Length(1, 200)
  assignee!: string;
}

export class CaseNoteDto extends OccurredAtDto {
  @ApiPropertyOptional({ description: 'Message, note, resolution or reason, by action (personal data)' }) @IsOptional() @IsString() @Length(1, 20000)
  text?: string;
}

export class EscalateCaseDto extends CaseNoteDto {
  @ApiPropertyOptional({ enum: PRIORITIES }) @IsOptional() @IsString() @Length(1, 20)
  priority?: string;
}

export class FeedbackDto extends OccurredAtDto {
  @ApiProperty() @IsString() @Length(1, 128)
  customerId!: string;

  @ApiProperty({ enum: ['nps', 'csat'] }) @IsIn(['nps', 'csat'])
  kind!: string;

  @ApiProperty({ description: 'NPS 0–10, CSAT 1–5' }) @IsInt()
  score!: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  caseId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 5000)
  comment?: string;
}

export class CreateTaskDto extends OccurredAtDto {
  @ApiProperty() @IsString() @Length(1, 500)
  title!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 20000)
  description?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  customerId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  caseId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200)
  assignee?: string;

  @ApiPropertyOptional({ example: '2026-03-04T10:00:00+03:30' }) @IsOptional() @IsString() @Length(10, 40)
  dueAt?: string;
}

export class AutomationRuleDto extends OccurredAtDto {
  @ApiProperty() @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'crm.case.sla-breached' }) @IsString() @Length(1, 100)
  on!: string;

  @ApiPropertyOptional({ example: { 'data.clock': 'firstResponse' }, description: 'MongoDB-style filter over { type, data, occurredAt }' })
  @IsOptional() @IsObject()
  condition?: Record<string, unknown>;

  @ApiProperty({ example: { kind: 'escalate', priority: 'urgent' }, description: 'create-task { title, assignee, dueIn } | escalate { priority } | notify-webhook { url }' })
  @IsObject()
  action!: Record<string, unknown>;
}

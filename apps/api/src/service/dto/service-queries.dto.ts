import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ListQuery } from '../../customers/dto/list.query';

export class ListCasesQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ['open', 'waiting', 'resolved', 'closed'] }) @IsOptional() @IsIn(['open', 'waiting', 'resolved', 'closed'])
  status?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Breached: recorded, or a running clock past due now' }) @IsOptional() @IsIn(['true', 'false'])
  breached?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  customerId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 20)
  priority?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200)
  assignee?: string;

  @ApiPropertyOptional({ description: "ISO 3166-1 alpha-2: cases of that country's customers" }) @IsOptional() @IsString() @Length(1, 8)
  country?: string;

  @ApiPropertyOptional({ description: "Cases of that partner's whole subtree (404 outside a partner key's own)" }) @IsOptional() @IsString() @Length(1, 128)
  partnerId?: string;
}

export class ListTasksQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ['open', 'done'] }) @IsOptional() @IsIn(['open', 'done'])
  status?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200)
  assignee?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  customerId?: string;
}

export class AnalyticsQuery {
  @ApiPropertyOptional({ description: 'Cases opened (feedback given) at or after this instant' }) @IsOptional() @IsString() @Length(10, 40)
  from?: string;

  @ApiPropertyOptional({ description: 'Cases opened (feedback given) before this instant' }) @IsOptional() @IsString() @Length(10, 40)
  to?: string;

  @ApiPropertyOptional({ description: 'Business time: the figures as they stood then (default now)' }) @IsOptional() @IsString() @Length(10, 40)
  asOf?: string;

  @ApiPropertyOptional({ description: "Figures of this partner's whole subtree (the partner and everything below it); a partner key may name only partners of its own subtree" })
  @IsOptional() @IsString() @Length(1, 128)
  partnerId?: string;

  @ApiPropertyOptional({ description: 'Figures of one country (ISO 3166-1 alpha-2)', example: 'IR' }) @IsOptional() @IsString() @Length(2, 2)
  country?: string;
}

export class NpsQuery extends AnalyticsQuery {
  @ApiPropertyOptional({ enum: ['day', 'month', 'year'], default: 'month' }) @IsOptional() @IsIn(['day', 'month', 'year'])
  period?: 'day' | 'month' | 'year';
}

export class ListFeedbackQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ['nps', 'csat'] }) @IsOptional() @IsIn(['nps', 'csat'])
  kind?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  customerId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  caseId?: string;
}

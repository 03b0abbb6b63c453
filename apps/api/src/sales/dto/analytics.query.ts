import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { LIFECYCLE_STAGES, LifecycleStage } from '../../../../../libs/domain/sales/lifecycle';
import { parseCurrency } from '../../../../../libs/domain/shared/currency';
import { parseInstant } from '../../../../../libs/domain/shared/instant';
import { invalid, validateAll } from '../../../../../libs/domain/shared/validation';
import { AnalyticsParams } from '../../../../../libs/read-models/sales/analytics/sales-collections';
import { DEFAULT_FUNNEL, FUNNEL_GROUPS, FunnelGroup, FunnelParams } from '../../../../../libs/read-models/sales/analytics/lead-funnel';

export class AnalyticsQueryDto {
  @ApiPropertyOptional({ description: 'Business time the figures are as of (ISO 8601 with offset); default now. FX rates in force then are used.' })
  @IsOptional() @IsString() @Length(10, 40)
  asOf?: string;

  @ApiPropertyOptional({ description: 'Start of the period (inclusive)' }) @IsOptional() @IsString() @Length(10, 40)
  from?: string;

  @ApiPropertyOptional({ description: 'End of the period (exclusive)' }) @IsOptional() @IsString() @Length(10, 40)
  to?: string;

  @ApiPropertyOptional({ description: 'ISO 4217: convert every amount into it; without it, amounts stay per currency' }) @IsOptional() @IsString() @Length(3, 3)
  currency?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  pipelineId?: string;

  @ApiPropertyOptional({ description: "Figures of this partner's whole subtree (the partner and everything below it); a partner key may name only partners of its own subtree" })
  @IsOptional() @IsString() @Length(1, 128)
  partnerId?: string;

  @ApiPropertyOptional({ description: 'Figures of one country (ISO 3166-1 alpha-2)', example: 'IR' }) @IsOptional() @IsString() @Length(2, 2)
  country?: string;
}

export class FunnelQueryDto extends AnalyticsQueryDto {
  @ApiPropertyOptional({ enum: Object.keys(FUNNEL_GROUPS) }) @IsOptional() @IsIn(Object.keys(FUNNEL_GROUPS))
  by?: FunnelGroup;

  @ApiPropertyOptional({ description: `Steps, comma-separated, in order (any of ${LIFECYCLE_STAGES.join(', ')}); default ${DEFAULT_FUNNEL.join(',')}` })
  @IsOptional() @IsString() @Length(1, 200)
  stages?: string;
}

export class LeadScoresQueryDto {
  @ApiPropertyOptional({ description: 'Score as of this instant; default now' }) @IsOptional() @IsString() @Length(10, 40)
  asOf?: string;

  @ApiPropertyOptional({ description: 'Model version; default the one in force' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  modelVersion?: number;

  @ApiPropertyOptional({ maximum: 500, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;
}

export class CompareModelsQueryDto {
  @ApiPropertyOptional({ description: 'Score as of this instant; default now' }) @IsOptional() @IsString() @Length(10, 40)
  asOf?: string;

  @ApiProperty({ description: 'First model version', type: 'integer', minimum: 1 }) @Type(() => Number) @IsInt() @Min(1)
  modelA!: number;

  @ApiProperty({ description: 'Second model version', type: 'integer', minimum: 1 }) @Type(() => Number) @IsInt() @Min(1)
  modelB!: number;

  @ApiPropertyOptional({ maximum: 500, default: 50, description: 'Rows (largest rank changes first) and size of the top-N overlap' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;
}

export function analyticsParams(dto: AnalyticsQueryDto, now: string): AnalyticsParams {
  const v = validateAll({
    asOf: () => (dto.asOf ? parseInstant(dto.asOf, 'asOf') : now),
    from: () => (dto.from ? parseInstant(dto.from, 'from') : undefined),
    to: () => (dto.to ? parseInstant(dto.to, 'to') : undefined),
    currency: () => (dto.currency ? parseCurrency(dto.currency, 'currency') : undefined),
  });
  if (v.from && v.to && v.from >= v.to) throw invalid('to', 'must be after from');
  return Object.fromEntries(Object.entries({ ...v, pipelineId: dto.pipelineId }).filter(([, value]) => value !== undefined)) as unknown as AnalyticsParams;
}

export function funnelParams(dto: FunnelQueryDto, now: string): FunnelParams {
  const stages = dto.stages ? dto.stages.split(',').map((s) => s.trim()) : DEFAULT_FUNNEL;
  const unknown = stages.filter((s) => !LIFECYCLE_STAGES.includes(s as LifecycleStage));
  if (unknown.length) throw invalid('stages', `unknown stage ${unknown.join(', ')}; use ${LIFECYCLE_STAGES.join(', ')}`);
  return { ...analyticsParams(dto, now), stages: stages as LifecycleStage[], ...(dto.by ? { by: dto.by } : {}) };
}

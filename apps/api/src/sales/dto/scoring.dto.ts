import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsNumber, IsObject, IsOptional, IsString, Length } from 'class-validator';

/** Shape only; parseScoringModel checks attributes, signal kinds and points (422 per field). */
export class ScoringModelDto {
  @ApiPropertyOptional({ example: 'hospitality first' }) @IsOptional() @IsString() @Length(1, 200)
  name?: string;

  @ApiProperty({ type: 'array', items: { type: 'object', required: ['attribute', 'points'], properties: { attribute: { type: 'string' }, in: { type: 'array', items: {} }, atLeast: { type: 'number' }, points: { type: 'number' } } }, example: [{ attribute: 'industry', in: ['hospitality'], points: 20 }, { attribute: 'companySize', atLeast: 100, points: 10 }],
    description: 'Fit rules on country, source, campaignId, partnerId, industry, companySize: `in` (values) or `atLeast` (number), and `points`' })
  @IsArray()
  fit!: Record<string, unknown>[];

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { demo_request: 30, form_submit: 10, web_visit: 2, unsubscribe: -20 }, description: 'Points per signal kind before decay' })
  @IsObject()
  engagement!: Record<string, number>;

  @ApiProperty({ example: 30, description: 'A signal is worth half its points after this many days' }) @IsNumber()
  halfLifeDays!: number;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' }, example: { mql: 40 }, description: 'Score at which a lead becomes marketing-qualified' }) @IsOptional() @IsObject()
  thresholds?: Record<string, number>;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { OccurredAtDto } from '../../customers/dto/shared.dto';

export class MoneyDto {
  @ApiProperty({ example: '12500.50', description: 'Decimal string (a JSON number is accepted)' }) @IsDefined()
  amount!: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217' }) @IsString() @Length(3, 3)
  currency!: string;
}

export class NewOpportunityDto {
  @ApiProperty() @IsString() @Length(1, 128)
  pipelineId!: string;

  @ApiProperty({ example: 'Cold brew for 40 cafés' }) @IsString() @Length(1, 300)
  name!: string;

  @ApiProperty({ type: MoneyDto }) @ValidateNested() @Type(() => MoneyDto)
  amount!: MoneyDto;

  @ApiProperty({ example: '2026-06-30' }) @IsString() @Length(10, 10)
  expectedCloseDate!: string;

  @ApiPropertyOptional({ description: "Defaults to the pipeline's first stage" }) @IsOptional() @IsString() @Length(1, 100)
  stage?: string;

  @ApiPropertyOptional({ description: 'Owner (user id)' }) @IsOptional() @IsString() @Length(1, 128)
  owner?: string;
}

export class CreateOpportunityDto extends NewOpportunityDto {
  @ApiProperty() @IsString() @Length(1, 128)
  customerId!: string;

  @ApiPropertyOptional({ description: 'Business time (ISO 8601 with offset); defaults to now' }) @IsOptional() @IsString() @Length(10, 40)
  occurredAt?: string;
}

export class StageDto extends OccurredAtDto {
  @ApiProperty({ example: 'Proposal' }) @IsString() @Length(1, 100)
  stage!: string;
}

export class OutcomeDto extends OccurredAtDto {
  @ApiPropertyOptional({ description: 'Required when lost' }) @IsOptional() @IsString() @Length(1, 1000)
  reason?: string;
}

export class StageDefinitionDto {
  @ApiProperty({ example: 'Proposal' }) @IsString() @Length(1, 100)
  name!: string;

  @ApiProperty({ oneOf: [{ type: 'number', minimum: 0, maximum: 1 }, { type: 'string', pattern: '^(0(\\.\\d+)?|1(\\.0+)?)$' }], example: 0.5, description: 'Win probability, a fraction 0–1 (number or decimal string)' }) @IsDefined()
  probability!: number | string;
}

export class CreatePipelineDto extends OccurredAtDto {
  @ApiProperty({ example: 'Iran beverages' }) @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ type: [StageDefinitionDto] }) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => StageDefinitionDto)
  stages!: StageDefinitionDto[];

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 10)
  country?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  partnerId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200)
  productLine?: string;
}

export class FxRateDto extends OccurredAtDto {
  @ApiProperty({ example: 'EUR' }) @IsString() @Length(3, 3)
  base!: string;

  @ApiProperty({ example: 'IRR' }) @IsString() @Length(3, 3)
  quote!: string;

  @ApiProperty({ example: '585000.5', description: '1 base = rate quote; decimal string' }) @IsDefined()
  rate!: string;

  @ApiProperty({ example: '2026-01-01T00:00:00Z', description: 'From when the rate is in force' }) @IsString() @Length(10, 40)
  effectiveAt!: string;
}

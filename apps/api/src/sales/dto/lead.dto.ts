import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { SIGNAL_KINDS } from '../../../../../libs/domain/sales/lead/lead.events';
import { OccurredAtDto } from '../../customers/dto/shared.dto';
import { NewOpportunityDto } from './opportunity.dto';

export class CaptureLeadDto extends OccurredAtDto {
  @ApiProperty({ example: 'رضا کریمی' }) @IsString() @Length(1, 300)
  name!: string;

  @ApiPropertyOptional({ example: 'reza@cafe.example' }) @IsOptional() @IsString() @Length(1, 320)
  email?: string;

  @ApiPropertyOptional({ example: '0912 000 1111', description: 'Local numbers are read in `country`' }) @IsOptional() @IsString() @Length(1, 50)
  phone?: string;

  @ApiPropertyOptional({ example: 'کافه نادری' }) @IsOptional() @IsString() @Length(1, 300)
  company?: string;

  @ApiPropertyOptional({ example: 'IR' }) @IsOptional() @IsString() @Length(1, 10)
  country?: string;

  @ApiProperty({ example: 'webinar', description: 'Channel or origin, a lower-case token' }) @IsString() @Length(1, 64)
  source!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  campaignId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  partnerId?: string;

  @ApiPropertyOptional({ example: 'hospitality' }) @IsOptional() @IsString() @Length(1, 64)
  industry?: string;

  @ApiPropertyOptional({ example: 120 }) @IsOptional() @IsInt()
  companySize?: number;

  @ApiPropertyOptional({ description: 'The customer who referred this lead' }) @IsOptional() @IsString() @Length(1, 128)
  referrerCustomerId?: string;

  @ApiPropertyOptional({ description: 'Only a newsletter subscription: starts at the subscriber stage' }) @IsOptional() @IsBoolean()
  subscriberOnly?: boolean;
}

export class SignalDto extends OccurredAtDto {
  @ApiProperty({ enum: SIGNAL_KINDS }) @IsString() @Length(1, 40)
  kind!: string;
}

export class QualifyDto extends OccurredAtDto {
  @ApiPropertyOptional({ enum: ['mql', 'sql'], default: 'sql' }) @IsOptional() @IsIn(['mql', 'sql'])
  level?: 'mql' | 'sql';

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000)
  reason?: string;
}

export class DisqualifyDto extends OccurredAtDto {
  @ApiProperty({ example: 'no budget this year' }) @IsString() @Length(1, 1000)
  reason!: string;
}

export class ConvertLeadDto extends OccurredAtDto {
  @ApiPropertyOptional({ type: () => NewOpportunityDto, description: 'The opportunity to open for the customer' })
  @IsOptional() @ValidateNested() @Type(() => NewOpportunityDto)
  opportunity?: NewOpportunityDto;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { CAMPAIGN_CHANNELS, RESPONSE_KINDS } from '../../../../../libs/domain/marketing/campaign.events';
import { OccurredAtDto } from '../../customers/dto/shared.dto';
import { MoneyDto } from '../../sales/dto/opportunity.dto';

export class CampaignVariantDto {
  @ApiProperty({ example: 'A' }) @IsString() @Length(1, 100)
  name!: string;

  @ApiProperty({ example: 50, description: 'Positive integer; members fall into variants in proportion to the weights' }) @IsInt()
  weight!: number;
}

/** Shapes only: the domain checks meaning (a real currency, a purpose token…) and answers 422. */
export class CreateCampaignDto extends OccurredAtDto {
  @ApiProperty({ example: 'Nowruz offers' }) @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty() @IsString() @Length(1, 128)
  segmentId!: string;

  @ApiProperty({ enum: CAMPAIGN_CHANNELS }) @IsIn(CAMPAIGN_CHANNELS)
  channel!: string;

  @ApiProperty({ example: 'marketing', description: 'The consent purpose a member must have granted on the channel' }) @IsString() @Length(1, 64)
  purpose!: string;

  @ApiProperty({ type: MoneyDto, description: 'The cost ROI is computed against' }) @IsObject() @ValidateNested() @Type(() => MoneyDto)
  budget!: MoneyDto;

  @ApiPropertyOptional({ type: [CampaignVariantDto] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => CampaignVariantDto)
  variants?: CampaignVariantDto[];
}

export class CampaignResponseDto {
  @ApiProperty() @IsString() @Length(1, 128)
  customerId!: string;

  @ApiProperty({ enum: RESPONSE_KINDS }) @IsIn(RESPONSE_KINDS)
  kind!: string;

  @ApiProperty({ description: 'When the member responded (ISO 8601)' }) @IsString() @Length(1, 40)
  occurredAt!: string;

  @ApiPropertyOptional({ type: MoneyDto, description: 'Revenue of a conversion' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => MoneyDto)
  value?: MoneyDto;
}

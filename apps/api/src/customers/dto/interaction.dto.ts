import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { INTERACTION_CHANNELS, InteractionChannel } from '../../../../../libs/domain/interaction/interaction.events';
import { OccurredAtDto } from './shared.dto';

export class RecordInteractionDto extends OccurredAtDto {
  @ApiProperty({ enum: INTERACTION_CHANNELS }) @IsIn(INTERACTION_CHANNELS)
  channel!: InteractionChannel;

  @ApiProperty({ enum: ['inbound', 'outbound'] }) @IsIn(['inbound', 'outbound'])
  direction!: 'inbound' | 'outbound';

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 500)
  subject?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 20000)
  summary?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200)
  agent?: string;

  @ApiPropertyOptional({ example: 'ar-EG' }) @IsOptional() @IsString() @Length(1, 35)
  language?: string;
}

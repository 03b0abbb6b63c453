import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CONTACT_BASES, ContactBasis, INTERACTION_CHANNELS, InteractionChannel } from '../../../../../libs/domain/interaction/interaction.events';
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

  @ApiPropertyOptional({ enum: CONTACT_BASES, default: 'consent', description: 'Outbound only. Under `consent` (default) an outbound contact without consent for its purpose on its channel is refused with 409; `legal` and `service` messages go out regardless and record the consent state anyway' })
  @IsOptional() @IsIn(CONTACT_BASES)
  basis?: ContactBasis;

  @ApiPropertyOptional({ example: 'marketing', description: 'Outbound only: the consent purpose; default `marketing` under consent, else the basis' })
  @IsOptional() @IsString() @Length(1, 64)
  purpose?: string;
}

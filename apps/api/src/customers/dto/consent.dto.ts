import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { OccurredAtDto } from './shared.dto';

export class RecordConsentDto extends OccurredAtDto {
  @ApiProperty({ example: 'marketing' }) @IsString() @Length(1, 64)
  purpose!: string;

  @ApiProperty({ example: 'email', description: 'email, sms, phone, post, push, whatsapp or any' }) @IsString() @Length(1, 32)
  channel!: string;

  @ApiProperty() @IsBoolean()
  granted!: boolean;

  @ApiPropertyOptional({ example: 'web-form' }) @IsOptional() @IsString() @Length(1, 200)
  source?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, ValidateIf, ValidateNested } from 'class-validator';
import { AddressDto, ExternalRefDto, OccurredAtDto } from './shared.dto';

/** Absent fields stay; `null` clears an optional field; lists are replaced whole. */
export class ChangeProfileDto extends OccurredAtDto {
  @ApiPropertyOptional({ enum: ['person', 'organization'] }) @IsOptional() @IsIn(['person', 'organization'])
  kind?: 'person' | 'organization';

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 300)
  name?: string;

  @ApiPropertyOptional({ type: [AddressDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => AddressDto)
  addresses?: AddressDto[];

  @ApiPropertyOptional({ type: 'string', nullable: true }) @ValidateIf((_, v) => v !== null && v !== undefined) @IsString() @Length(1, 35)
  preferredLanguage?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true }) @ValidateIf((_, v) => v !== null && v !== undefined) @IsString() @Length(1, 10)
  country?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true }) @ValidateIf((_, v) => v !== null && v !== undefined) @IsString() @Length(1, 64)
  timeZone?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true }) @ValidateIf((_, v) => v !== null && v !== undefined) @IsString() @Length(1, 10)
  currency?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true }) @ValidateIf((_, v) => v !== null && v !== undefined) @IsString() @Length(1, 100)
  partnerId?: string | null;

  @ApiPropertyOptional({ type: [ExternalRefDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ExternalRefDto)
  externalRefs?: ExternalRefDto[];
}

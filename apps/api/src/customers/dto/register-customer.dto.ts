import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { AddressDto, ExternalRefDto, OccurredAtDto } from './shared.dto';

export class RegisterCustomerDto extends OccurredAtDto {
  @ApiProperty({ enum: ['person', 'organization'] }) @IsIn(['person', 'organization'])
  kind!: 'person' | 'organization';

  @ApiProperty({ example: 'مریم رضایی' }) @IsString() @Length(1, 300)
  name!: string;

  @ApiPropertyOptional({ type: [String], example: ['maryam@example.ir'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 320, { each: true })
  emails?: string[];

  @ApiPropertyOptional({ type: [String], example: ['0912 345 6789'], description: 'Local numbers are read in `country`; stored as E.164' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 50, { each: true })
  phones?: string[];

  @ApiPropertyOptional({ type: [AddressDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => AddressDto)
  addresses?: AddressDto[];

  @ApiPropertyOptional({ example: 'fa-IR', description: 'BCP 47' }) @IsOptional() @IsString() @Length(1, 35)
  preferredLanguage?: string;

  @ApiPropertyOptional({ example: 'IR', description: 'ISO 3166-1 alpha-2' }) @IsOptional() @IsString() @Length(1, 10)
  country?: string;

  @ApiPropertyOptional({ example: 'Asia/Tehran', description: 'IANA time zone' }) @IsOptional() @IsString() @Length(1, 64)
  timeZone?: string;

  @ApiPropertyOptional({ example: 'IRR', description: 'ISO 4217' }) @IsOptional() @IsString() @Length(1, 10)
  currency?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100)
  partnerId?: string;

  @ApiPropertyOptional({ type: [ExternalRefDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ExternalRefDto)
  externalRefs?: ExternalRefDto[];

  @ApiPropertyOptional({ description: 'Register even when a likely duplicate exists' }) @IsOptional() @IsBoolean()
  allowDuplicate?: boolean;
}

import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length } from 'class-validator';

/** Shape only: the domain checks meaning (valid country, parsable phone…) and answers 422. */
export class AddressDto {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @Length(1, 300, { each: true })
  lines!: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200)
  city?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200)
  region?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 40)
  postalCode?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' }) @IsOptional() @IsString() @Length(1, 10)
  country?: string;
}

export class ExternalRefDto {
  @ApiProperty({ example: 'sap' }) @IsString() @Length(1, 100)
  system!: string;

  @ApiProperty({ example: '0004711' }) @IsString() @Length(1, 200)
  id!: string;
}

export class OccurredAtDto {
  @ApiPropertyOptional({ description: 'Business time (ISO 8601 with offset); defaults to now', example: '2026-03-03T10:00:00+03:30' })
  @IsOptional() @IsString() @Length(10, 40)
  occurredAt?: string;
}

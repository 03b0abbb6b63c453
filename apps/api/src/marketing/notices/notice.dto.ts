import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsObject, IsString, Length } from 'class-validator';
import { OccurredAtDto } from '../../customers/dto/shared.dto';

/** Shapes only: the domain checks the language tags and the texts and answers 422. */
export class NoticeDto extends OccurredAtDto {
  @ApiProperty() @IsString() @Length(1, 128)
  segmentId!: string;

  @ApiProperty({ enum: ['service'], description: 'Notices are service messages: sent without a marketing consent' }) @IsIn(['service'])
  purpose!: string;

  @ApiProperty({ example: { en: 'Our service is down for maintenance on Friday 22:00–23:00 UTC.', 'fa-IR': 'سرویس ما جمعه ساعت ۲۲ تا ۲۳ برای نگهداری در دسترس نیست.' }, description: 'Message per BCP 47 tag; the first is the fallback' })
  @IsObject()
  text!: Record<string, string>;
}

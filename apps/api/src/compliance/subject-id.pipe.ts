import { Injectable, PipeTransform } from '@nestjs/common';
import { NotFoundError } from '../../../../libs/domain/shared/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Customers and leads are named by UUIDs: a malformed id names no data subject (404, like any unknown id). */
@Injectable()
export class SubjectIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new NotFoundError('data subject', value.slice(0, 100));
    return value.toLowerCase();
  }
}

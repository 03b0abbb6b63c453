import { Controller, Get, Inject, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';
import { ListQuery } from '../customers/dto/list.query';
import { decodeCursor, encodeCursor, Page } from '../http/cursor';
import { ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { ReadModels } from '../read-side/read-models.service';
import { DuplicateCandidate, findDuplicates } from './find-duplicates';
import { RecordsAccess, subjectsOfPairs } from '../compliance/records-access.decorator';
import { ListRead } from '../http/openapi/operation-kinds';

export class ListDuplicatesQuery extends ListQuery {
  @ApiPropertyOptional({ minimum: 0, maximum: 1, default: 0, description: 'Only pairs scoring at least this' })
  @IsOptional() @Type(() => Number) @IsNumber() @Min(0) @Max(1)
  minScore?: number;
}

/**
 * `GET /v1/customers/duplicates`. Fastify routes a static segment before a parameter, so this
 * path is never taken for `GET /v1/customers/:id` (identity.int.spec.ts checks it).
 */
@ApiTags('customers')
@ApiBearerAuth()
@UseInterceptors(ReadYourWritesInterceptor)
@Controller('v1/customers/duplicates')
export class DuplicatesController {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  @Get()
  @ListRead('DuplicateCandidate')
  @RecordsAccess({ kind: 'customer.duplicates', subjects: subjectsOfPairs, parameters: ['minScore'] })
  @ApiOperation({
    summary: 'Likely duplicate pairs with reasons and scores (exact email/phone/external ref = 1; similar name with address or organisation)',
    description: 'Pairs in customer-id order. A page may hold fewer than `limit` items (each request scans a bounded number of customers): follow `nextCursor` until it is null.',
  })
  async list(@Query() params: ListDuplicatesQuery): Promise<Page<DuplicateCandidate>> {
    const after = decodeCursor(params.cursor)?.map(String);
    const scan = await findDuplicates(await this.readModels.collection('customer-360'), { limit: params.limit ?? 50, minScore: params.minScore ?? 0, after });
    return { items: scan.candidates, nextCursor: scan.resumeAt ? encodeCursor(scan.resumeAt) : null };
  }
}

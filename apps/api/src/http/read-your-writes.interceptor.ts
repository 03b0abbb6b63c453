import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';
import { ReadModels } from '../read-side/read-models.service';
import { minPosition } from './min-position';

/** Honours X-Min-Position on queries: answer only once the read models have applied that position. */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const position = minPosition(context.switchToHttp().getRequest<FastifyRequest>());
    return from(this.readModels.awaitPosition(position)).pipe(switchMap(() => next.handle()));
  }
}

import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { SchemaName } from './response-schemas';

/**
 * One decorator per kind of operation. Each tags the route with `x-crm-kind`; `describeOperations`
 * expands the tag into the statuses, schemas, headers and problem+json errors that kind answers,
 * so the conventions are written once, not per route.
 */
export interface OperationKind {
  kind: 'create' | 'command' | 'entity' | 'list' | 'query' | 'stream';
  /** The schema of the success body (components/schemas). */
  answer?: SchemaName;
  /** Takes If-Match (412 when the entity has moved on); every command on an existing entity does unless told otherwise. */
  ifMatch?: boolean;
  /** Takes Idempotency-Key and answers the entity's ETag; every command does unless told otherwise. */
  idempotent?: boolean;
  /** Honours X-Min-Position (503 + Retry-After when the read models do not reach it in time). */
  minPosition?: boolean;
  /** Work that continues in the background: a create answers 202 instead of 201; a command may answer 202 besides 200. Progress at `Location`. */
  accepted?: boolean;
  /** Statuses beyond the kind's own, e.g. 409 for a likely duplicate. */
  also?: number[];
}

export const OPERATION_KIND = 'x-crm-kind';

const tag = (kind: OperationKind) => ApiExtension(OPERATION_KIND, kind);

/** A command that creates: 201, `Location`, `ETag`. */
export const CreateCommand = (answer: SchemaName = 'CommandAnswer', options: Partial<OperationKind> = {}) =>
  applyDecorators(HttpCode(options.accepted ? 202 : 201), tag({ kind: 'create', answer, ...options }));

/** A command on an existing entity: 200, `ETag`. */
export const Command = (answer: SchemaName = 'CommandAnswer', options: Partial<OperationKind> = {}) =>
  applyDecorators(HttpCode(200), tag({ kind: 'command', answer, ifMatch: true, ...options }));

/** One entity by id: 200 with `ETag`, 304 on If-None-Match, 404. */
export const EntityRead = (answer: SchemaName, options: Partial<OperationKind> = {}) => tag({ kind: 'entity', answer, minPosition: true, ...options });

/** A page `{ items, nextCursor }` of `answer` items, `?limit=` ≤ 500 and `?cursor=`. */
export const ListRead = (answer: SchemaName, options: Partial<OperationKind> = {}) => tag({ kind: 'list', answer, minPosition: true, ...options });

/** A computed answer (analytics, exports): 200. */
export const QueryRead = (answer: SchemaName, options: Partial<OperationKind> = {}) => tag({ kind: 'query', answer, minPosition: true, ...options });

/** Server-sent events. */
export const EventStream = () => tag({ kind: 'stream' });

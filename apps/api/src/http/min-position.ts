import { FastifyRequest } from 'fastify';
import { problem, ProblemError } from './problem';

/** The X-Min-Position header of a query, if any. */
export function minPosition(request: FastifyRequest): number | undefined {
  const raw = request.headers['x-min-position'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,15}$/.test(value.trim())) {
    const message = 'must be a non-negative integer log position';
    throw new ProblemError(problem(400, 'bad-header', `X-Min-Position ${message}`, { errors: [{ field: 'X-Min-Position', message }] }));
  }
  return Number(value);
}

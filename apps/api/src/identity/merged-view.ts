import { problem, ProblemError } from '../http/problem';
import { CustomerView } from '../customers/queries/customer.queries';
import { unionView } from './union-view';

/**
 * What GET /v1/customers/{id} answers once merges are involved: a merged id redirects (308, the
 * survivor in Location); a survivor's view is the union with the records it absorbed.
 */
export async function resolveMerges(view: CustomerView, load: (customerId: string) => Promise<CustomerView | null>): Promise<CustomerView> {
  if (typeof view.mergedInto === 'string') throw mergedRedirect(view.customerId, view.mergedInto);
  const absorbed = Array.isArray(view.absorbed) ? (view.absorbed as string[]) : [];
  if (absorbed.length === 0) return view;
  const duplicates = (await Promise.all(absorbed.map(load))).filter((d): d is CustomerView => d !== null);
  return unionView(view, duplicates);
}

/** 308 keeps the method; no-store because an unmerge can end the redirect. */
export function mergedRedirect(customerId: string, survivorId: string): ProblemError {
  return new ProblemError(
    problem(308, 'customer-merged', `customer ${customerId} was merged into ${survivorId}`, { title: 'Permanent Redirect', survivorId }),
    { location: `/v1/customers/${survivorId}`, 'cache-control': 'no-store' },
  );
}

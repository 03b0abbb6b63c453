import { ConsentFact } from '../../../../../libs/domain/compliance/consent-in-force';
import { consentsInForce } from '../../../../../libs/domain/compliance/consents-in-force';
import { CustomerView } from './customer.queries';

type Fact = ConsentFact & { mergedFrom?: string };

/**
 * The view's consents, answered at `at` from the consent facts (a survivor's own and those of the
 * records it absorbed) by the same function as `consents/at`; the facts themselves are not shown.
 */
export function withConsentsAt(view: CustomerView, at: string, knownAt?: string): CustomerView {
  const { consentFacts, ...rest } = view;
  if (!Array.isArray(consentFacts)) return rest as CustomerView; // a document from before consent facts were kept: its stored answers
  const facts = consentFacts as Fact[];
  const consents = consentsInForce(facts, at, knownAt).map((entry) => {
    const mergedFrom = facts.find((f) => f.eventId === entry.eventId)?.mergedFrom;
    return mergedFrom ? { ...entry, mergedFrom } : entry;
  });
  return { ...rest, consents } as CustomerView;
}

import { validateAll } from '../shared/validation';
import { parseEmails, parsePhones, phoneCountry } from './contact-points';
import { RegisterCustomer } from './customer.commands';
import { externalRefKey, parseExternalRefs } from './profile';

export interface DuplicateKeys {
  emails: string[];
  phones: string[];
  /** `system:id` */
  externalRefs: string[];
}

/**
 * The normalised values by which a registration may duplicate an existing customer:
 * lower-cased emails, E.164 phones and `system:id` external refs. Throws InvalidValueError
 * like the decider would.
 */
export function duplicateKeys(
  command: Pick<RegisterCustomer, 'emails' | 'phones' | 'externalRefs' | 'country'>,
): DuplicateKeys {
  return validateAll({
    emails: () => parseEmails(command.emails, 'emails'),
    phones: () => parsePhones(command.phones, 'phones', phoneCountry(command.country)),
    externalRefs: () => parseExternalRefs(command.externalRefs, 'externalRefs').map(externalRefKey),
  });
}

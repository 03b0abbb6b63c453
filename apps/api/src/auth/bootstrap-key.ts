import { deterministicId } from '../commands/deterministic-id';

/** A fixed id: two instances starting together cannot both create a first key. */
export const BOOTSTRAP_KEY_ID = deterministicId('crm', 'bootstrap-admin-key');

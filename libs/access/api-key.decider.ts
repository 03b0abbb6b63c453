import { Decider } from '../domain/shared/decider';
import { BusinessRuleError, InvalidValueError, NotFoundError } from '../domain/shared/errors';
import { ApiKeyEvent, Role, ROLES } from './api-key.events';

export type ApiKeyCommand =
  | { type: 'create'; keyId: string; role: Role; name: string; partnerId?: string; secretHash: string }
  | { type: 'revoke'; keyId: string };

export interface ApiKeyState {
  exists: boolean;
  revoked: boolean;
}

export const apiKeyDecider: Decider<ApiKeyCommand, ApiKeyState, ApiKeyEvent> = {
  initialState: { exists: false, revoked: false },
  decide(command, state) {
    if (command.type === 'create') {
      if (state.exists) throw new BusinessRuleError(`API key ${command.keyId} exists already`);
      if (!ROLES.includes(command.role)) {
        throw new InvalidValueError([{ field: 'role', message: `must be one of ${ROLES.join(', ')}` }]);
      }
      if (command.role === 'partner' && !command.partnerId) {
        throw new InvalidValueError([{ field: 'partnerId', message: 'is required for the partner role' }]);
      }
      const { keyId, role, name, partnerId, secretHash } = command;
      return [{ type: 'crm.access.api-key-created', data: { keyId, role, name, secretHash, ...(partnerId ? { partnerId } : {}) } }];
    }
    if (!state.exists) throw new NotFoundError('API key', command.keyId);
    if (state.revoked) return [];
    return [{ type: 'crm.access.api-key-revoked', data: { keyId: command.keyId } }];
  },
  evolve(state, event) {
    switch (event.type) {
      case 'crm.access.api-key-created':
        return { exists: true, revoked: false };
      case 'crm.access.api-key-revoked':
        return { ...state, revoked: true };
    }
  },
};

/** Where the generated client types live (committed, checked for staleness by a spec). */
export const CLIENT_TYPES_FILE = 'apps/api/src/http/openapi/client/generated/crm-api.ts';

import openapiTS, { astToString } from 'openapi-typescript';

export const CLIENT_TYPES_FILE = 'apps/api/src/http/openapi/client/generated/crm-api.ts';

/** TypeScript types of every path, operation and schema of the served document (openapi-typescript). */
export async function generateClientTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true, defaultNonNullable: false });
  return `/* Generated from /docs-json by \`npm run openapi:client\`; a spec fails when it is stale. */\n${astToString(ast)}`;
}

import openapiTS, { astToString } from 'openapi-typescript';

/** TypeScript types of every path, operation and schema of a served document (openapi-typescript). */
export async function generateClientTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true, defaultNonNullable: false });
  return `/* Generated from /docs-json by \`npm run openapi:client\`; a spec fails when it is stale. */\n${astToString(ast)}`;
}

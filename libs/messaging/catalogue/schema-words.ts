type Json = Record<string, unknown>;

/** A schema in a few words: `string`, `"a" | "b"`, `object[]`. */
export function typeName(schema: Json | undefined): string {
  if (!schema) return 'any';
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  if (schema.type === 'array') return Array.isArray(schema.items) ? `[${schema.items.map((s) => typeName(s as Json)).join(', ')}]` : `${typeName(schema.items as Json)}[]`;
  for (const choice of ['oneOf', 'anyOf'] as const) if (Array.isArray(schema[choice])) return (schema[choice] as Json[]).map(typeName).join(' | ');
  if (schema.type === 'object' && !schema.properties && schema.additionalProperties) return `map of ${typeName(schema.additionalProperties as Json)}`;
  return typeof schema.type === 'string' ? schema.type : 'any';
}


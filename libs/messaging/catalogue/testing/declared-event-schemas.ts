import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { EventSchemas, JsonSchema } from '../event-schemas';

const ROOTS = ['libs/domain', 'libs/access'];
const MAX_DEPTH = 10;

function eventFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return eventFiles(path);
    return entry.name.endsWith('.events.ts') ? [path] : [];
  });
}

/**
 * JSON Schemas of `data` and `personal` of every event type declared in a `*.events.ts` file,
 * read from the TypeScript declarations with the checker. The catalogue ships the result
 * (declared-schemas.json); a spec regenerates it and fails when a declaration changed without it.
 */
export function declaredEventSchemas(repoRoot: string): EventSchemas {
  const files = ROOTS.flatMap((root) => eventFiles(join(repoRoot, root))).sort();
  const program = ts.createProgram(files, { strict: true, target: ts.ScriptTarget.ES2022, noEmit: true });
  const checker = program.getTypeChecker();
  const found: EventSchemas = {};
  for (const file of files) {
    ts.forEachChild(program.getSourceFile(file)!, (node) => {
      if (!ts.isInterfaceDeclaration(node) && !ts.isTypeAliasDeclaration(node)) return;
      const declared = checker.getTypeAtLocation(node.name);
      if (declared.isUnion()) return;
      const literal = property(checker, declared, 'type', node);
      if (!literal?.isStringLiteral() || !literal.value.startsWith('crm.')) return;
      const data = property(checker, declared, 'data', node);
      const personal = property(checker, declared, 'personal', node);
      const personalSchema = personal ? schemaOf(checker, personal, node, 0) : undefined;
      found[literal.value] = {
        file: file.slice(repoRoot.length + 1),
        data: data ? schemaOf(checker, data, node, 0) : { type: 'object' },
        // `Record<string, never>` and no `personal` both mean: the event has no personal part.
        personal: personalSchema && Object.keys((personalSchema.properties as object | undefined) ?? {}).length ? personalSchema : null,
      };
    });
  }
  return Object.fromEntries(Object.entries(found).sort(([a], [b]) => a.localeCompare(b)));
}

function property(checker: ts.TypeChecker, type: ts.Type, name: string, at: ts.Node): ts.Type | undefined {
  const symbol = type.getProperty(name);
  return symbol ? checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(symbol, at)) : undefined;
}

const NULLISH = ts.TypeFlags.Undefined | ts.TypeFlags.Void;

function schemaOf(checker: ts.TypeChecker, type: ts.Type, at: ts.Node, depth: number): JsonSchema {
  const all = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & NULLISH));
  const nullable = all.some((t) => t.flags & ts.TypeFlags.Null);
  const members = all.filter((t) => !(t.flags & ts.TypeFlags.Null));
  const variants: JsonSchema[] = [];
  const strings = members.filter((t) => t.isStringLiteral()).map((t) => (t as ts.StringLiteralType).value);
  const numbers = members.filter((t) => t.isNumberLiteral()).map((t) => (t as ts.NumberLiteralType).value);
  const booleans = members.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral).map((t) => checker.typeToString(t) === 'true');
  if (strings.length) variants.push({ type: 'string', enum: strings.sort() });
  if (numbers.length) variants.push({ type: 'number', enum: numbers.sort((a, b) => a - b) });
  if (booleans.length) variants.push(booleans.length === 2 ? { type: 'boolean' } : { type: 'boolean', const: booleans[0] });
  const rest = members.filter((t) => !(t.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BooleanLiteral)));
  variants.push(...rest.map((t) => single(checker, t, at, depth)));
  if (nullable) variants.push({ type: 'null' });
  if (variants.length === 0) return {};
  if (variants.length === 1) return variants[0];
  // `string | null` reads better as one type list than as a choice of schemas.
  if (variants.every((v) => Object.keys(v).length === 1 && typeof v.type === 'string')) return { type: variants.map((v) => v.type) };
  return variants.every((v) => v.type === 'object') ? { oneOf: variants } : { anyOf: variants };
}

function single(checker: ts.TypeChecker, type: ts.Type, at: ts.Node, depth: number): JsonSchema {
  if (type.flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral)) return { type: 'string' };
  if (type.flags & ts.TypeFlags.NumberLike) return { type: 'number' };
  if (type.flags & ts.TypeFlags.BooleanLike) return { type: 'boolean' };
  if (type.flags & ts.TypeFlags.Never) return { not: {} };
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown) || depth > MAX_DEPTH) return {};
  if (checker.isTupleType(type)) {
    const items = checker.getTypeArguments(type as ts.TypeReference).map((t) => schemaOf(checker, t, at, depth + 1));
    return { type: 'array', items, minItems: items.length, maxItems: items.length };
  }
  if (checker.isArrayType(type)) return { type: 'array', items: schemaOf(checker, checker.getTypeArguments(type as ts.TypeReference)[0], at, depth + 1) };
  const schema: JsonSchema = { type: 'object' };
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const symbol of checker.getPropertiesOfType(type)) {
    const propertySchema = schemaOf(checker, checker.getTypeOfSymbolAtLocation(symbol, at), at, depth + 1);
    const description = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    properties[symbol.name] = description ? { description, ...propertySchema } : propertySchema;
    if (!(symbol.flags & ts.SymbolFlags.Optional)) required.push(symbol.name);
  }
  if (Object.keys(properties).length) schema.properties = properties;
  if (required.length) schema.required = required;
  const indexed = type.getStringIndexType();
  if (indexed) schema.additionalProperties = schemaOf(checker, indexed, at, depth + 1);
  return schema;
}

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** An event type as its TypeScript declaration states it: string leaves of `data`, top-level keys of `personal`. */
export interface DeclaredEvent {
  type: string;
  file: string;
  /** Paths of every field under `data` that can hold free text (`a.b`, `list[]`, `map.*`). */
  dataStrings: string[];
  personalKeys: string[];
}

const ROOTS = ['libs/domain', 'libs/access'];

function eventFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return eventFiles(path);
    return entry.name.endsWith('.events.ts') ? [path] : [];
  });
}

/**
 * Walks the declared types of every `*.events.ts` file with the TypeScript checker, so a field
 * added to an event fails the inventory spec until it is classified. Closed vocabularies (unions of
 * string literals) cannot carry a person's data and are not reported; numbers and booleans neither.
 */
export function declaredEvents(repoRoot: string): DeclaredEvent[] {
  const files = ROOTS.flatMap((root) => eventFiles(join(repoRoot, root)));
  const program = ts.createProgram(files, { strict: true, target: ts.ScriptTarget.ES2022, noEmit: true });
  const checker = program.getTypeChecker();
  const found = new Map<string, DeclaredEvent>();
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    ts.forEachChild(source, (node) => {
      if (!ts.isInterfaceDeclaration(node) && !ts.isTypeAliasDeclaration(node)) return;
      const declared = checker.getTypeAtLocation(node.name);
      for (const type of declared.isUnion() ? [] : [declared]) {
        const literal = propertyType(checker, type, 'type', node);
        if (!literal?.isStringLiteral() || !literal.value.startsWith('crm.')) continue;
        const data = propertyType(checker, type, 'data', node);
        const personal = propertyType(checker, type, 'personal', node);
        found.set(literal.value, {
          type: literal.value,
          file: file.slice(repoRoot.length + 1),
          dataStrings: data ? stringPaths(checker, data, '', node, 0) : [],
          personalKeys: personal ? withoutNullish(personal).flatMap((t) => t.getProperties().map((p) => p.name)) : [],
        });
      }
    });
  }
  return [...found.values()].sort((a, b) => a.type.localeCompare(b.type));
}

function propertyType(checker: ts.TypeChecker, type: ts.Type, name: string, at: ts.Node): ts.Type | undefined {
  const symbol = type.getProperty(name);
  return symbol ? checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(symbol, at)) : undefined;
}

const withoutNullish = (type: ts.Type): ts.Type[] =>
  (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));

function stringPaths(checker: ts.TypeChecker, type: ts.Type, path: string, at: ts.Node, depth: number): string[] {
  const members = withoutNullish(type);
  if (members.every((t) => t.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike))) return [];
  if (members.length > 1) return [...new Set(members.flatMap((t) => stringPaths(checker, t, path, at, depth)))];
  const [only] = members;
  if (only.flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return [path];
  if (depth > 6) return [path];
  if (checker.isArrayType(only)) return stringPaths(checker, checker.getTypeArguments(only as ts.TypeReference)[0], `${path}[]`, at, depth + 1);
  const nested = (name: string) => (path ? `${path}.${name}` : name);
  const indexed = only.getStringIndexType();
  const fromIndex = indexed ? stringPaths(checker, indexed, nested('*'), at, depth + 1) : [];
  const fromProperties = only.getProperties().flatMap((p) => stringPaths(checker, checker.getTypeOfSymbolAtLocation(p, at), nested(p.name), at, depth + 1));
  return [...fromIndex, ...fromProperties];
}

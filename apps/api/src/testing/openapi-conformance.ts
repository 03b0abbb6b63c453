import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { Response } from 'supertest';

type Schema = Record<string, any>;
interface OpenApiDocument { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, Schema>; responses?: Record<string, Schema> } }

/**
 * Checks real responses against a served OpenAPI document with Ajv (a third-party JSON Schema
 * validator; it reads OpenAPI 3.0's `nullable`): the status is declared, declared-required
 * headers are there, the media type is declared, the body matches its schema. Remembers which
 * operations (and statuses) were seen, so a spec can demand that every operation was exercised.
 */
export class OpenApiConformance {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();
  readonly seen = new Map<string, Set<number>>();

  constructor(readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: document.components });
  }

  /** Every operation of the document as `METHOD /template`. */
  operations(): string[] {
    return Object.entries(this.document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
  }

  /** The operation a concrete request hits: literal segments win over `{parameters}`, as in the router. */
  operationOf(method: string, url: string): string {
    const segments = url.split('?')[0].split('/');
    const candidates = Object.keys(this.document.paths).filter((template) => {
      const parts = template.split('/');
      return parts.length === segments.length && parts.every((part, i) => part.startsWith('{') || part === decodeURIComponent(segments[i]))
        && this.document.paths[template][method.toLowerCase()];
    });
    const literal = (template: string) => template.split('/').filter((part) => !part.startsWith('{')).length;
    const best = candidates.sort((a, b) => literal(b) - literal(a))[0];
    if (!best) throw new Error(`${method} ${url} is no operation of the document`);
    return `${method.toUpperCase()} ${best}`;
  }

  /** Problems of one response against the document; also validates a JSON request body sent. */
  check(method: string, url: string, response: Response, requestBody?: unknown): string[] {
    const key = this.operationOf(method, url);
    const [, template] = key.split(' ');
    const operation = this.document.paths[template][method.toLowerCase()];
    const problems: string[] = [];
    const declaredQuery = new Set((operation.parameters ?? []).filter((p: Schema) => p.in === 'query').map((p: Schema) => p.name));
    for (const name of new URLSearchParams(url.split('?')[1] ?? '').keys()) {
      if (!declaredQuery.has(name)) problems.push(`query parameter ${name} is not declared`);
    }
    if (requestBody !== undefined && response.status < 400) {
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      if (!schema) problems.push('a JSON body was accepted but the operation declares none');
      else problems.push(...this.validate(schema, requestBody, 'request body'));
    }
    const declared = this.resolve(operation.responses[String(response.status)]);
    if (!declared) return [...problems, `status ${response.status} is not declared (declared: ${Object.keys(operation.responses).join(', ')})`];
    this.seen.set(key, (this.seen.get(key) ?? new Set()).add(response.status));
    for (const [name, header] of Object.entries<Schema>(declared.headers ?? {})) {
      const value = response.headers[name.toLowerCase()];
      if (header.required && value === undefined) problems.push(`header ${name} is required but absent`);
      if (value !== undefined && header.schema) problems.push(...this.validate(header.schema, value, `header ${name}`));
    }
    const mediaType = String(response.headers['content-type'] ?? '').split(';')[0].trim();
    const content = declared.content as Record<string, { schema?: Schema }> | undefined;
    if (!content) {
      if (response.text) problems.push(`a body was sent (${mediaType}) but none is declared`);
      return problems;
    }
    const media = content[mediaType];
    if (!media) return [...problems, `media type ${mediaType || '(none)'} is not declared (declared: ${Object.keys(content).join(', ')})`];
    if (media.schema && mediaType.endsWith('json')) problems.push(...this.validate(media.schema, response.body, 'body'));
    return problems;
  }

  /** A response given as `#/components/responses/Name` is looked up there. */
  private resolve(response: Schema | undefined): Schema | undefined {
    const name = typeof response?.$ref === 'string' ? response.$ref.replace('#/components/responses/', '') : undefined;
    return name === undefined ? response : this.document.components.responses?.[name];
  }

  private validate(schema: Schema, value: unknown, what: string): string[] {
    const text = JSON.stringify(schema);
    let validate = this.compiled.get(text);
    if (!validate) {
      validate = this.ajv.compile(JSON.parse(text.replaceAll('"#/components/', '"openapi#/components/')));
      this.compiled.set(text, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${what}${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
  }
}

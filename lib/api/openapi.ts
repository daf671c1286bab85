import { z } from 'zod';
import { ApiErrorBody } from '../model';
import { API_OPERATIONS, type ApiOperation } from './api-operations';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
  // OpenAPI 3.1 schemas are JSON Schema 2020-12 already; a per-schema dialect line is noise.
  delete generated.$schema;
  return generated;
}

const ERRORS: Record<number, string> = {
  400: 'Invalid input (body, query or JSON).',
  401: 'Not signed in, or a bad API token.',
  403: 'Cross-site request to a write.',
  404: 'No such timeline or event.',
  409: 'Conflict with what exists.',
  413: 'Body too large (1 MB JSON, 20 MB uploads).',
  415: 'Wrong Content-Type.',
  429: 'Rate limited; see Retry-After.',
  503: 'Busy: the extractor is at capacity, or the store cannot be reached to check a rate limit.',
  504: 'Extraction took too long.',
};

function errorsFor(op: ApiOperation): number[] {
  const codes = new Set<number>([400, 404]);
  if (op.auth) [401, 403].forEach((c) => codes.add(c));
  if (op.body) [413, 415].forEach((c) => codes.add(c));
  if (op.method === 'post') codes.add(409);
  op.limits?.forEach((c) => codes.add(c));
  return [...codes].sort();
}

function operation(op: ApiOperation) {
  const params = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  const query = op.query
    ? Object.entries(jsonSchema(op.query, 'input').properties as Record<string, JsonSchema>).map(([name, schema]) => ({
        name,
        in: 'query',
        required: ((jsonSchema(op.query!, 'input').required as string[] | undefined) ?? []).includes(name),
        schema,
      }))
    : [];
  const content = (types: string[], schema?: z.ZodType, io: 'input' | 'output' = 'output') =>
    Object.fromEntries(types.map((type) => [type, schema && type !== 'multipart/form-data' ? { schema: jsonSchema(schema, io) } : {}]));
  const responses: Record<string, unknown> = {
    [op.response.status]: {
      description: op.response.status === 204 ? 'Done; no body.' : 'Success.',
      ...(op.response.status === 204 ? {} : { content: content(op.response.types ?? ['application/json'], op.response.schema) }),
    },
  };
  for (const code of errorsFor(op)) responses[code] = { description: ERRORS[code], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  return {
    summary: op.summary,
    ...(op.auth ? { security: op.auth === 'session' ? [{ session: [] }] : [{ session: [] }, { bearer: [] }] } : {}),
    parameters: [...params, ...query],
    ...(op.body ? { requestBody: { required: true, content: content(op.body.types, op.body.schema, 'input') } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document for the API, generated from the same zod schemas the routes parse with. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Timeline API',
      version: '1',
      description: 'Reads are public and readable from any origin. Writes need an editor session cookie (same origin) or an API token (Authorization: Bearer).',
    },
    paths,
    components: {
      schemas: { Error: jsonSchema(ApiErrorBody, 'output') },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'timeline_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}

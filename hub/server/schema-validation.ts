/**
 * Fastify validates every route's body, query and params with the zod schemas of shared/ (the
 * same ones the app parses with), and a refusal names each field and why.
 */
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from '../../shared/validation/zod';

export interface SchemaIssue {
  path: string;
  message: string;
}

/** Fastify answers it 400 (error-handler.ts adds the issues to the body). */
export class SchemaValidationError extends Error {
  override readonly name = 'SchemaValidationError';

  constructor(
    readonly part: string,
    readonly issues: SchemaIssue[],
  ) {
    super(
      `The request's ${part} is not valid: ` +
        issues
          .slice(0, 3)
          .map((issue) => `${issue.path}: ${issue.message}`)
          .join('; '),
    );
  }
}

const MAX_ISSUES = 20;

/** Issues as `drafts.3.createdAt: Invalid ISO datetime` (zod's messages never quote values). */
export function issuesOf(error: z.ZodError): SchemaIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  const part = httpPart === 'querystring' ? 'query' : (httpPart ?? 'body');
  return (data: unknown) => {
    const parsed = schema.safeParse(data);
    return parsed.success
      ? { value: parsed.data }
      : { error: new SchemaValidationError(part, issuesOf(parsed.error)) };
  };
};

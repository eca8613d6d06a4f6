/*
 * What reading a statement from outside takes: fetching `src`, parsing and
 * validating untrusted JSON, and saying what was wrong. One chunk, loaded only by
 * an element that has a `src` or an inline JSON child, so a page showing the
 * built-in statement never downloads it.
 */
import { truncate } from '../dom/attributes.js';
import { requestJson, type JsonRequest } from './fetch-json.js';
import type { Statement } from './statement.js';
import { validateStatement } from './validate-statement.js';

/** A statement read from outside, or the field and the reason it was refused. */
export type Outcome = { statement: Statement } | { field: string; message: string };

function validated(data: unknown, where: string): Outcome {
  const validation = validateStatement(data);
  return validation.ok
    ? { statement: validation.statement }
    : { field: validation.issue.path, message: `${validation.issue.message} (in ${where})` };
}

/** Fetches and validates `src`; `started` receives the request, so the caller can release it. */
export async function fetchStatement(
  src: string,
  timeout: number | undefined,
  started: (request: JsonRequest) => void,
): Promise<Outcome> {
  const request = requestJson(src, timeout);
  started(request);
  const result = await request.result;
  return result.ok
    ? validated(result.data, `"${truncate(src)}"`)
    : { field: 'src', message: `"${truncate(src)}" ${result.reason}` };
}

/** Parses and validates the text of an inline `<script type="application/json">`. */
export function parseStatement(json: string): Outcome {
  try {
    return validated(JSON.parse(json), 'the inline JSON');
  } catch {
    return { field: 'inline JSON', message: 'is not valid JSON' };
  }
}

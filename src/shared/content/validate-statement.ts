import type {
  Achievement,
  CallToAction,
  Commitment,
  Fact,
  FigureFormat,
  Quote,
  Section,
  SignatoryGroup,
  Statement,
  Text,
} from './statement.js';

/** A problem found in a data source, with its JSON path (`$.commitments[0].text`). */
export interface DataIssue {
  path: string;
  message: string;
}

export type Validation = { ok: true; statement: Statement } | { ok: false; issue: DataIssue };

const MAX_STRING = 20_000;
const MAX_ITEMS = 10_000;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const STATE_CODE = /^[A-Z]{2}$/;
const FORMATS: readonly FigureFormat[] = ['number', 'compact', 'percent'];

class Invalid extends Error {
  constructor(readonly issue: DataIssue) {
    super(`${issue.path}: ${issue.message}`);
  }
}

const fail = (path: string, message: string): never => {
  throw new Invalid({ path, message });
};

type Obj = Record<string, unknown>;

function object(input: unknown, path: string): Obj {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) fail(path, 'must be an object');
  return input as Obj;
}

/** Own properties only: `__proto__` or `constructor` in the JSON never reach a prototype. */
function field(obj: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function string(input: unknown, path: string, pattern?: RegExp, what = 'a string'): string {
  if (typeof input !== 'string') fail(path, `must be ${what}`);
  const value = input as string;
  if (value.length > MAX_STRING) fail(path, `is longer than ${MAX_STRING} characters`);
  if (pattern && !pattern.test(value)) fail(path, `must be ${what}`);
  return value;
}

function text(input: unknown, path: string): Text {
  if (typeof input === 'string') return string(input, path);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail(path, 'must be a string or a map of language to string');
  }
  const map = input as Obj;
  const keys = Object.keys(map);
  if (keys.length === 0) fail(path, 'must be a string or a map of language to string');
  const out: Record<string, string> = Object.create(null);
  for (const key of keys) {
    if (!LANGUAGE_TAG.test(key)) fail(`${path}.${key.slice(0, 20)}`, 'is not a language tag such as "en" or "fr"');
    out[key] = string(map[key], `${path}.${key}`);
  }
  return Object.freeze(out);
}

function array<T>(input: unknown, path: string, item: (value: unknown, path: string) => T): T[] {
  if (!Array.isArray(input)) fail(path, 'must be an array');
  const list = input as unknown[];
  if (list.length > MAX_ITEMS) fail(path, `has more than ${MAX_ITEMS} items`);
  return list.map((value, index) => item(value, `${path}[${index}]`));
}

/** Copies the optional keys that are present, each through its own check. */
function optional<T extends object>(
  obj: Obj,
  path: string,
  target: T,
  checks: { [K in keyof T]?: (v: unknown, p: string) => T[K] },
): T {
  for (const key of Object.keys(checks) as (keyof T & string)[]) {
    const value = field(obj, key);
    if (value !== undefined) target[key] = checks[key]!(value, `${path}.${key}`);
  }
  return target;
}

const id = (v: unknown, p: string) => string(v, p, ID, 'an id of letters, digits, "-", "_" or "."');

function number(input: unknown, path: string): number {
  if (typeof input !== 'number' || !Number.isFinite(input)) fail(path, 'must be a finite number');
  return input as number;
}

function integer(min: number, max: number) {
  return (input: unknown, path: string): number => {
    const value = number(input, path);
    if (!Number.isInteger(value) || value < min || value > max) fail(path, `must be a whole number from ${min} to ${max}`);
    return value;
  };
}

function format(input: unknown, path: string): FigureFormat {
  if (!FORMATS.includes(input as FigureFormat)) fail(path, `must be one of ${FORMATS.join(', ')}`);
  return input as FigureFormat;
}

function boolean(input: unknown, path: string): boolean {
  if (typeof input !== 'boolean') fail(path, 'must be true or false');
  return input as boolean;
}

function fact(input: unknown, path: string): Fact {
  const obj = object(input, path);
  return optional<Fact>(
    obj,
    path,
    { id: id(field(obj, 'id'), `${path}.id`), text: text(field(obj, 'text'), `${path}.text`) },
    {
      value: number,
      format,
      decimals: integer(0, 20),
      qualifier: text,
      label: text,
    },
  );
}

function achievement(input: unknown, path: string): Achievement {
  const result: Achievement = fact(input, path);
  return optional<Achievement>(object(input, path), path, result, { inList: boolean });
}

function signatoryGroup(input: unknown, path: string): SignatoryGroup {
  const obj = object(input, path);
  return {
    id: id(field(obj, 'id'), `${path}.id`),
    label: text(field(obj, 'label'), `${path}.label`),
    states: array(field(obj, 'states'), `${path}.states`, (v, p) =>
      string(v, p, STATE_CODE, 'an ISO 3166-1 alpha-2 code such as "AT"'),
    ),
  };
}

function section(input: unknown, path: string): Section {
  const obj = object(input, path);
  return optional<Section>(
    obj,
    path,
    { id: id(field(obj, 'id'), `${path}.id`), paragraphs: array(field(obj, 'paragraphs'), `${path}.paragraphs`, text) },
    {
      heading: text,
      list: (v, p) => {
        if (v !== 'achievements' && v !== 'commitments') fail(p, 'must be "achievements" or "commitments"');
        return v as Section['list'];
      },
    },
  );
}

function commitment(input: unknown, path: string): Commitment {
  const obj = object(input, path);
  return { id: id(field(obj, 'id'), `${path}.id`), text: text(field(obj, 'text'), `${path}.text`) };
}

function callToAction(input: unknown, path: string): CallToAction {
  const obj = object(input, path);
  return optional<CallToAction>(
    obj,
    path,
    { text: text(field(obj, 'text'), `${path}.text`) },
    {
      closing: (v, p) => array(v, p, text),
      heading: text,
      href: string,
      label: text,
    },
  );
}

function quote(input: unknown, path: string): Quote {
  const obj = object(input, path);
  return optional<Quote>(obj, path, { text: text(field(obj, 'text'), `${path}.text`) }, { cite: text });
}

/**
 * Checks untrusted JSON against the statement schema by hand (a schema library
 * would outweigh the whole widget set) and returns a fresh copy holding only the
 * known fields. Every field is optional, so a live feed may carry only what it
 * updates; what it carries must be right, or the whole source is refused.
 */
export function validateStatement(input: unknown): Validation {
  try {
    const obj = object(input, '$');
    const statement = optional<Statement>(
      obj,
      '$',
      {},
      {
        id,
        kind: text,
        title: text,
        meeting: text,
        date: (v, p) => string(v, p, /^\d{4}-\d{2}(-\d{2})?$/, 'a date such as "2025-12-01"'),
        url: string,
        officialLanguages: (v, p) => array(v, p, (x, q) => string(x, q, LANGUAGE_TAG, 'a language tag such as "en"')),
        signatories: (v, p) => array(v, p, signatoryGroup),
        sections: (v, p) => array(v, p, section),
        achievements: (v, p) => array(v, p, achievement),
        humanCost: (v, p) => array(v, p, fact),
        challenges: (v, p) => array(v, p, text),
        commitments: (v, p) => array(v, p, commitment),
        callToAction,
        quote,
      },
    );
    return { ok: true, statement };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, issue: error.issue };
    return { ok: false, issue: { path: '$', message: 'could not be read' } };
  }
}

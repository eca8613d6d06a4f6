/** The outcome of a JSON request; it never rejects. */
export type JsonResult = { ok: true; data: unknown } | { ok: false; reason: string };

export interface JsonRequest {
  readonly result: Promise<JsonResult>;
  /** Stops listening; the request is aborted when nobody else listens to it. */
  release(): void;
}

export const DEFAULT_TIMEOUT_MS = 8000;
export const MAX_BYTES = 1024 * 1024;

const JSON_TYPE = /^\s*application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

interface InFlight {
  result: Promise<JsonResult>;
  abort: AbortController;
  listeners: number;
}

/* Requests still in flight, by absolute URL: elements sharing a feed share one request. */
const inFlight = new Map<string, InFlight>();

/**
 * Fetches a JSON document for a widget: http(s) only, no credentials, JSON
 * content types only, at most 1 MB, given up after `timeoutMs`. Elements asking
 * for the same URL while it loads share the request.
 */
export function requestJson(src: string, timeoutMs = DEFAULT_TIMEOUT_MS): JsonRequest {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return settled({ ok: false, reason: 'is not a valid URL' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return settled({ ok: false, reason: `uses ${url.protocol.slice(0, 20)} (only http and https are fetched)` });
  }
  const key = url.href;
  let entry = inFlight.get(key);
  if (!entry) {
    const abort = new AbortController();
    const created: InFlight = { abort, listeners: 0, result: load(url, abort, timeoutMs) };
    created.result.finally(() => inFlight.get(key) === created && inFlight.delete(key));
    inFlight.set(key, (entry = created));
  }
  const shared = entry;
  shared.listeners++;
  let released = false;
  return {
    result: shared.result,
    release() {
      if (released) return;
      released = true;
      if (--shared.listeners === 0 && inFlight.get(key) === shared) {
        inFlight.delete(key);
        shared.abort.abort();
      }
    },
  };
}

function settled(result: JsonResult): JsonRequest {
  return { result: Promise.resolve(result), release() {} };
}

async function load(url: URL, abort: AbortController, timeoutMs: number): Promise<JsonResult> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      headers: { accept: 'application/json' },
      signal: abort.signal,
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
    if (!response.ok) return { ok: false, reason: `answered HTTP ${response.status}` };
    if (!/^https?:$/.test(new URL(response.url || url.href).protocol)) {
      return { ok: false, reason: 'redirected away from http(s)' };
    }
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) return { ok: false, reason: `is not JSON (content type "${type.slice(0, 60)}")` };
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_BYTES) return { ok: false, reason: `is larger than ${MAX_BYTES} bytes` };
    const body = await readCapped(response, abort);
    if (body === undefined) return { ok: false, reason: `is larger than ${MAX_BYTES} bytes` };
    try {
      return { ok: true, data: JSON.parse(body) };
    } catch {
      return { ok: false, reason: 'is not valid JSON' };
    }
  } catch {
    if (timedOut) return { ok: false, reason: `did not answer within ${timeoutMs} ms` };
    if (abort.signal.aborted) return { ok: false, reason: 'was cancelled' };
    return { ok: false, reason: 'could not be fetched (network error)' };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body, giving up (and aborting) past the cap even when no length was declared. */
async function readCapped(response: Response, abort: AbortController): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      abort.abort();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

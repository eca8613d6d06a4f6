import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reportDataError, resetReports } from '../dom/diagnostics.js';
import { emit } from '../dom/events.js';
import { localeReady } from '../i18n/locale.js';
import type { JsonRequest } from './fetch-json.js';
import type { Statement } from './statement.js';

const loadSources = () => import('./statement-sources.js');
/** Why `src` or inline JSON shows nothing when the code that reads it could not be fetched. */
const UNREADABLE = 'could not be read (the library failed to load)';

/* The built-in statement is its own chunk, fetched once, and only by a widget
   that needs it: a counter given its value by attribute never loads it. */
let builtIn: Statement | undefined;
let builtInLoading: Promise<Statement> | undefined;

function loadBuiltIn(): Promise<Statement> {
  return (builtInLoading ??= import('../../data/joint-statement-22msp.js').then((module) =>
    // Its translations for the page's language arrive first, so it shows in one go.
    localeReady().then(() => (builtIn = module.jointStatement22MSP)),
  ));
}

/* The built-in statement's long text (its sections in full, the human-cost facts,
   the challenges) is another chunk, fetched only for a statement card that shows
   the full text; it joins the built-in statement once here. A failed load leaves
   the statement as it was (the host shows what it has; another host tries again). */
let fullTextLoading: Promise<void> | undefined;
let fullTextLoaded = false;

function loadFullText(): Promise<void> {
  return (fullTextLoading ??= Promise.all([loadBuiltIn(), import('../../data/joint-statement-22msp.text.js')])
    .then(([core, module]) =>
      // Its headings' translations arrive first (the module registers them as it loads).
      localeReady().then(() => {
        builtIn = { ...core, ...module.jointStatement22MSPText };
        fullTextLoaded = true;
      }),
    )
    .catch(() => {
      fullTextLoading = undefined;
    }));
}

/** Where the content on show came from, lowest precedence last. */
export type ContentSource = 'src' | 'inline' | 'built-in';

export interface StatementHost extends ReactiveControllerHost, HTMLElement {
  /** URL of a statement JSON document. */
  src?: string | null;
  /** How long to wait for `src`, in milliseconds. */
  srcTimeout?: number;
}

/** What `mbc-ready` carries. */
export interface ReadyDetail {
  element: string;
  /** The highest source that supplied content. */
  source: ContentSource;
}

/**
 * Resolves the statement an element shows, the same way for every element:
 * `src` (once loaded and valid) over inline `<script type="application/json">`
 * over the built-in statement, field by field, so a feed that carries only
 * `achievements` still shows the rest. Attributes are applied by the element on
 * top. While `src` loads, or when it fails, the sources below show.
 */
export class StatementController implements ReactiveController {
  #fromSrc?: Statement;
  #fromInline?: Statement;
  #inlineRead = false;
  #loadedSrc?: string;
  #requestedSrc?: string;
  #request?: JsonRequest;
  /** The current `src` load; replaced when `src` changes, cleared on disconnection. */
  #srcTicket?: object;
  #inlinePending = false;
  #inlineAnswer: Promise<unknown> = Promise.resolve();
  #merged?: Statement;
  #builtInAnswer: Promise<unknown> = Promise.resolve();
  #srcAnswer: Promise<unknown> = Promise.resolve();
  #readyFired = false;
  #loadingBuiltIn = false;
  #fullText: 'not asked' | 'loading' | 'done' = 'not asked';
  #fullTextAnswer: Promise<unknown> = Promise.resolve();

  readonly #host: StatementHost;
  readonly #needsBuiltIn: () => boolean;

  /**
   * @param needsBuiltIn Whether the host needs the built-in statement at all
   *   (asked on connection; by default it does).
   */
  constructor(host: StatementHost, needsBuiltIn: () => boolean = () => true) {
    this.#host = host;
    this.#needsBuiltIn = needsBuiltIn;
    host.addController(this);
  }

  /** The statement to render. */
  get statement(): Statement {
    return (this.#merged ??= { ...builtIn, ...this.#fromInline, ...this.#fromSrc });
  }

  /**
   * False only while the built-in statement is still on its way and nothing
   * above it has arrived: render the light-DOM fallback then, not an empty widget.
   */
  get hasContent(): boolean {
    if (this.#fromSrc) return true;
    // Until the inline JSON is read, showing the built-in statement would flash the wrong content.
    if (this.#inlinePending) return false;
    return !this.#loadingBuiltIn || this.#fromInline !== undefined;
  }

  /** The highest source that supplied content. */
  get source(): ContentSource {
    return this.#fromSrc ? 'src' : this.#fromInline ? 'inline' : 'built-in';
  }

  /** Settles when the current `src` request has been answered (or failed). */
  get settled(): Promise<void> {
    return Promise.all([this.#builtInAnswer, this.#inlineAnswer, this.#srcAnswer, this.#fullTextAnswer]).then(() => undefined);
  }

  /**
   * Asks for the built-in statement's long text (every section in full, the
   * human-cost facts, the challenges), loaded once for the page and merged under
   * the inline JSON and `src`; the host updates when it arrives, and `settled`
   * and `mbc-ready` wait for it meanwhile. Returns whether it is there (or failed
   * to load: then the host shows what it has).
   */
  loadFullText(): boolean {
    if (this.#fullText === 'not asked' && fullTextLoaded) {
      this.#fullText = 'done';
      this.#merged = undefined;
    }
    if (this.#fullText === 'not asked') {
      this.#fullText = 'loading';
      this.#fullTextAnswer = loadFullText().then(() => {
        this.#fullText = 'done';
        this.#merged = undefined;
        this.#host.requestUpdate();
      });
    }
    return this.#fullText === 'done';
  }

  hostConnected(): void {
    if (!this.#inlineRead) this.#readInline();
    if (!builtIn && this.#needsBuiltIn()) {
      this.#loadingBuiltIn = true;
      this.#builtInAnswer = loadBuiltIn().then(() => {
        this.#loadingBuiltIn = false;
        this.#merged = undefined;
        this.#host.requestUpdate();
      });
    }
    this.#syncSrc();
  }

  hostUpdate(): void {
    this.#syncSrc();
  }

  hostUpdated(): void {
    if (this.#readyFired || this.#srcTicket || this.#loadingBuiltIn || this.#inlinePending || this.#fullText === 'loading')
      return;
    this.#readyFired = true;
    emit<ReadyDetail>(this.#host, 'mbc-ready', { element: this.#host.localName, source: this.source });
  }

  hostDisconnected(): void {
    // Removed mid-flight: stop listening, and the request is aborted unless
    // another element shares it.
    this.#request?.release();
    this.#request = undefined;
    this.#srcTicket = undefined;
    this.#requestedSrc = undefined;
  }

  #syncSrc(): void {
    const src = this.#host.src?.trim() || undefined;
    if (src === this.#requestedSrc) return;
    this.#request?.release();
    this.#request = undefined;
    this.#srcTicket = undefined;
    this.#requestedSrc = src;
    if (src !== this.#loadedSrc && this.#fromSrc) {
      this.#fromSrc = undefined;
      this.#loadedSrc = undefined;
      this.#merged = undefined;
    }
    if (!src || src === this.#loadedSrc) {
      this.#srcAnswer = Promise.resolve();
      return;
    }
    resetReports(this.#host, 'src');
    const ticket = (this.#srcTicket = {});
    const current = () => this.#srcTicket === ticket; // false once superseded by a newer src, or removed
    this.#srcAnswer = loadSources()
      .then(({ fetchStatement }) =>
        current() ? fetchStatement(src, this.#host.srcTimeout, (request) => (this.#request = request)) : undefined,
      )
      .then(
        (outcome) => {
          if (!outcome || !current()) return;
          if ('statement' in outcome) {
            this.#fromSrc = outcome.statement;
            this.#loadedSrc = src;
            this.#merged = undefined;
          } else this.#report('src', outcome);
        },
        () => current() && this.#report('src', { field: 'src', message: UNREADABLE }),
      )
      .finally(() => {
        if (!current()) return;
        this.#request = undefined;
        this.#srcTicket = undefined;
        this.#host.requestUpdate();
      });
  }

  #readInline(): void {
    this.#inlineRead = true;
    const script = Array.from(this.#host.children).find(
      (child): child is HTMLScriptElement =>
        child.localName === 'script' && (child as HTMLScriptElement).type.trim().toLowerCase() === 'application/json',
    );
    if (!script) return;
    const json = script.textContent ?? '';
    this.#inlinePending = true;
    this.#inlineAnswer = loadSources()
      .then(
        ({ parseStatement }) => {
          const outcome = parseStatement(json);
          if ('statement' in outcome) this.#fromInline = outcome.statement;
          else this.#report('inline', outcome);
        },
        () => this.#report('inline', { field: 'inline JSON', message: UNREADABLE }),
      )
      .finally(() => {
        this.#inlinePending = false;
        this.#merged = undefined;
        this.#host.requestUpdate();
      });
  }

  /** Reports a refused source once, naming what shows instead. */
  #report(source: 'src' | 'inline', { field, message }: { field: string; message: string }): void {
    const instead = source === 'src' && this.#fromInline ? 'the inline JSON' : 'the built-in statement';
    reportDataError(this.#host, { field, source, message: `${message}; showing ${instead} instead.` });
  }
}

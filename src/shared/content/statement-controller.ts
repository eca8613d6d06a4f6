import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { builtInStatement, loadedBuiltInStatement } from '../../data/built-in-statement.js';
import { reportDataError, resetReports } from '../dom/diagnostics.js';
import { emit } from '../dom/events.js';
import { LocaleController, type Language } from '../i18n/locale.js';
import { pageLanguage, watchPageLanguage } from '../i18n/page-language.js';
import type { JsonRequest } from './fetch-json.js';
import { Load } from './load.js';
import type { Statement } from './statement.js';

const loadSources = () => import('./statement-sources.js');
/** Why `src` or inline JSON shows nothing when the code that reads it could not be fetched. */
const UNREADABLE = 'could not be read (the library failed to load)';

/** What was wrong with a source: the field and the reason. */
interface Issue {
  field: string;
  message: string;
}
const isIssue = (error: unknown): error is Issue =>
  typeof (error as Issue | undefined)?.message === 'string' && 'field' in Object(error);

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
 *
 * Each source is one load (load.ts: a status and a value): `src`, the inline JSON,
 * the built-in statement in the page's language, and its long text in that language
 * (only once the host asks for it). The built-in statement follows the page
 * language: a change starts loading the statement in the new language at once, and
 * the host's switch to it (locale.ts) waits for it, so the widget re-renders once,
 * its strings and its content in the new language.
 */
export class StatementController implements ReactiveController {
  readonly #src = new Load<Statement>();
  readonly #inline = new Load<Statement>();
  readonly #builtIn = new Load<Statement>();
  readonly #fullText = new Load<Statement>();

  /** The `src` request in flight, released when `src` changes or the host leaves. */
  #request?: JsonRequest;
  #merged?: { language: Language; statement: Statement };
  #readyFired = false;
  #inlineRead = false;
  #stopWatching?: () => void;

  readonly #host: StatementHost;
  readonly #needsBuiltIn: () => boolean;
  /** The host's strings, when it has some: its language switches wait for the statement in the new language. */
  readonly #locale?: LocaleController;

  /**
   * @param needsBuiltIn Whether the host needs the built-in statement at all
   *   (asked on connection; by default it does).
   */
  constructor(host: StatementHost, needsBuiltIn: () => boolean = () => true) {
    this.#host = host;
    this.#needsBuiltIn = needsBuiltIn;
    this.#locale = LocaleController.of(host);
    this.#locale?.waitFor((language) => this.#follow(language));
    host.addController(this);
  }

  /** The statement to render. */
  get statement(): Statement {
    const { language } = pageLanguage();
    if (this.#merged?.language !== language) {
      // The built-in statement in the page's language, in full when the host has it; else the one on show until it arrives.
      const builtIn = [this.#fullText, this.#builtIn].filter((load) => load.value);
      const base = (builtIn.find((load) => load.valueKey === language) ?? builtIn[0])?.value;
      this.#merged = { language, statement: { ...base, ...this.#inline.value, ...this.#src.value } };
    }
    return this.#merged.statement;
  }

  /**
   * False only while the built-in statement is still on its way (or could not be
   * fetched) and nothing above it has arrived: render the light-DOM fallback then,
   * not an empty widget.
   */
  get hasContent(): boolean {
    if (this.#src.value) return true;
    // Until the inline JSON is read, showing the built-in statement would flash the wrong content.
    if (this.#inline.status === 'loading') return false;
    return !!this.#inline.value || !!this.#builtIn.value || this.#builtIn.status === 'idle';
  }

  /** The highest source that supplied content. */
  get source(): ContentSource {
    return this.#src.value ? 'src' : this.#inline.value ? 'inline' : 'built-in';
  }

  /** Settles when every load under way has arrived (or failed). */
  get settled(): Promise<void> {
    return Promise.all([this.#builtIn.settled, this.#fullText.settled, this.#inline.settled, this.#src.settled]).then(
      () => undefined,
    );
  }

  /**
   * Asks for the built-in statement's long text (every section in full, the
   * human-cost facts, the challenges) in the page's language, fetched once for the
   * page and merged under the inline JSON and `src`; the host updates when it
   * arrives, and `settled` and `mbc-ready` wait for it meanwhile. Returns whether
   * it is there (or failed to load: then the host shows what it has).
   */
  loadFullText(): boolean {
    if (this.#fullText.status === 'idle') this.#loadBuiltIn(this.#fullText, pageLanguage().language, true);
    return !!this.#fullText.value || this.#fullText.status === 'failed';
  }

  hostConnected(): void {
    if (!this.#inlineRead) this.#readInline();
    const { language } = pageLanguage();
    const cached = loadedBuiltInStatement(language);
    if (this.#builtIn.status === 'idle') {
      if (cached) {
        this.#builtIn.set(language, cached);
        this.#merged = undefined;
      } else if (this.#needsBuiltIn()) this.#loadBuiltIn(this.#builtIn, language, false);
    } else this.#follow(language);
    // A change of language starts fetching the statement in it at once, beside the UI strings.
    this.#stopWatching = watchPageLanguage(() => this.#follow(pageLanguage().language));
    this.#syncSrc();
  }

  hostUpdate(): void {
    this.#syncSrc();
  }

  hostUpdated(): void {
    const loads = [this.#src, this.#inline, this.#builtIn, this.#fullText];
    if (this.#readyFired || loads.some((load) => load.status === 'loading')) return;
    this.#readyFired = true;
    emit<ReadyDetail>(this.#host, 'mbc-ready', { element: this.#host.localName, source: this.source });
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
    // Removed mid-flight: stop listening, and the request is aborted unless another
    // element shares it. Once loaded, `src` stays, so a moved element does not fetch again.
    this.#release();
    if (this.#src.status === 'loading') this.#src.reset();
  }

  /**
   * Brings the built-in statement (and its long text, if the host asked for it) to
   * `language`; returns what is still on its way, or undefined when it is all here.
   */
  #follow(language: Language): Promise<unknown> | undefined {
    const loads = [this.#builtIn, this.#fullText].filter((load) => load.status !== 'idle');
    for (const load of loads) if (load.key !== language) this.#loadBuiltIn(load, language, load === this.#fullText);
    const loading = loads.filter((load) => load.status === 'loading');
    return loading.length ? Promise.all(loading.map((load) => load.settled)) : undefined;
  }

  #loadBuiltIn(load: Load<Statement>, language: Language, full: boolean): void {
    this.#merged = undefined;
    const cached = loadedBuiltInStatement(language, full);
    if (cached) return load.set(language, cached);
    const switching = load.value !== undefined;
    load.start(
      language,
      () => builtInStatement(language, full),
      () => {
        this.#merged = undefined;
        // A first statement renders now; a switch of language, when the host has strings,
        // renders when they are there too (locale.ts waits for this load, then asks).
        if (!switching || !this.#locale) this.#host.requestUpdate();
      },
    );
  }

  #release(): void {
    this.#request?.release();
    this.#request = undefined;
  }

  #syncSrc(): void {
    const src = this.#host.src?.trim() || undefined;
    if (src && src === this.#src.key && this.#src.status !== 'idle') return;
    if (!src && this.#src.status === 'idle') return;
    this.#release();
    if (this.#src.value) this.#merged = undefined;
    this.#src.reset();
    if (!src) return;
    resetReports(this.#host, 'src');
    this.#src.start(
      src,
      (current) =>
        loadSources()
          .then(
            ({ fetchStatement }) =>
              current() ? fetchStatement(src, this.#host.srcTimeout, (request) => (this.#request = request)) : undefined,
            () => ({ field: 'src', message: UNREADABLE }),
          )
          .then((outcome) => (outcome && 'statement' in outcome ? outcome.statement : Promise.reject(outcome))),
      () => {
        this.#request = undefined;
        this.#merged = undefined;
        if (this.#src.status === 'failed') this.#report('src', this.#src.error);
        this.#host.requestUpdate();
      },
    );
  }

  #readInline(): void {
    const script = Array.from(this.#host.children).find(
      (child): child is HTMLScriptElement =>
        child.localName === 'script' && (child as HTMLScriptElement).type.trim().toLowerCase() === 'application/json',
    );
    this.#inlineRead = true;
    if (!script) return;
    const json = script.textContent ?? '';
    this.#inline.start(
      'inline',
      () =>
        loadSources().then(
          ({ parseStatement }) => {
            const outcome = parseStatement(json);
            return 'statement' in outcome ? outcome.statement : Promise.reject(outcome);
          },
          () => Promise.reject({ field: 'inline JSON', message: UNREADABLE }),
        ),
      () => {
        if (this.#inline.status === 'failed') this.#report('inline', this.#inline.error);
        this.#merged = undefined;
        this.#host.requestUpdate();
      },
    );
  }

  /** Reports a refused source once, naming what shows instead. */
  #report(source: 'src' | 'inline', error: unknown): void {
    const { field, message } = isIssue(error) ? error : { field: source === 'src' ? 'src' : 'inline JSON', message: UNREADABLE };
    const instead = source === 'src' && this.#inline.value ? 'the inline JSON' : 'the built-in statement';
    reportDataError(this.#host, { field, source, message: `${message}; showing ${instead} instead.` });
  }
}

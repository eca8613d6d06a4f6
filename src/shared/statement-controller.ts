import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reportDataError, resetReports } from './diagnostics.js';
import { requestJson, type JsonRequest } from './fetch-json.js';
import type { Statement } from './statement.js';
import { validateStatement } from './validate-statement.js';
import { truncate } from './attributes.js';

/* The built-in statement is its own chunk, fetched once, and only by a widget
   that needs it: a counter given its value by attribute never loads it. */
let builtIn: Statement | undefined;
let builtInLoading: Promise<Statement> | undefined;

function loadBuiltIn(): Promise<Statement> {
  return (builtInLoading ??= import('../data/joint-statement-22msp.js').then(
    (module) => (builtIn = module.jointStatement22MSP),
  ));
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
  private fromSrc?: Statement;
  private fromInline?: Statement;
  private inlineRead = false;
  private loadedSrc?: string;
  private requestedSrc?: string;
  private request?: JsonRequest;
  private merged?: Statement;
  private builtInAnswer: Promise<unknown> = Promise.resolve();
  private srcAnswer: Promise<unknown> = Promise.resolve();
  private readyFired = false;
  private loadingBuiltIn = false;

  /**
   * @param needsBuiltIn Whether the host needs the built-in statement at all
   *   (asked on connection; by default it does).
   */
  constructor(
    private readonly host: StatementHost,
    private readonly needsBuiltIn: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  /** The statement to render. */
  get statement(): Statement {
    return (this.merged ??= { ...builtIn, ...this.fromInline, ...this.fromSrc });
  }

  /**
   * False only while the built-in statement is still on its way and nothing
   * above it has arrived: render the light-DOM fallback then, not an empty widget.
   */
  get hasContent(): boolean {
    return !this.loadingBuiltIn || this.fromInline !== undefined || this.fromSrc !== undefined;
  }

  /** The highest source that supplied content. */
  get source(): ContentSource {
    return this.fromSrc ? 'src' : this.fromInline ? 'inline' : 'built-in';
  }

  /** Settles when the current `src` request has been answered (or failed). */
  get settled(): Promise<void> {
    return Promise.all([this.builtInAnswer, this.srcAnswer]).then(() => undefined);
  }

  hostConnected(): void {
    if (!this.inlineRead) this.readInline();
    if (!builtIn && this.needsBuiltIn()) {
      this.loadingBuiltIn = true;
      this.builtInAnswer = loadBuiltIn().then(() => {
        this.loadingBuiltIn = false;
        this.merged = undefined;
        this.host.requestUpdate();
      });
    }
    this.syncSrc();
  }

  hostUpdate(): void {
    this.syncSrc();
  }

  hostUpdated(): void {
    if (this.readyFired || this.request || this.loadingBuiltIn) return;
    this.readyFired = true;
    this.host.dispatchEvent(
      new CustomEvent<ReadyDetail>('mbc-ready', {
        bubbles: true,
        composed: true,
        detail: { element: this.host.localName, source: this.source },
      }),
    );
  }

  hostDisconnected(): void {
    // Removed mid-flight: stop listening, and the request is aborted unless
    // another element shares it.
    this.request?.release();
    this.request = undefined;
    this.requestedSrc = undefined;
  }

  private syncSrc(): void {
    const src = this.host.src?.trim() || undefined;
    if (src === this.requestedSrc) return;
    this.request?.release();
    this.request = undefined;
    this.requestedSrc = src;
    if (src !== this.loadedSrc && this.fromSrc) {
      this.fromSrc = undefined;
      this.loadedSrc = undefined;
      this.merged = undefined;
    }
    if (!src || src === this.loadedSrc) {
      this.srcAnswer = Promise.resolve();
      return;
    }
    resetReports(this.host, 'src');
    const request = (this.request = requestJson(src, this.host.srcTimeout));
    this.srcAnswer = request.result.then((result) => {
      if (this.request !== request) return; // superseded by a newer src, or removed
      this.request = undefined;
      if (!result.ok) {
        this.report('src', `"${truncate(src)}" ${result.reason}; showing ${this.fallbackName()} instead.`);
      } else {
        const validation = validateStatement(result.data);
        if (validation.ok) {
          this.fromSrc = validation.statement;
          this.loadedSrc = src;
          this.merged = undefined;
        } else {
          const { path, message } = validation.issue;
          this.report(path, `${message} (in "${truncate(src)}"); showing ${this.fallbackName()} instead.`);
        }
      }
      this.host.requestUpdate();
    });
  }

  private readInline(): void {
    this.inlineRead = true;
    const script = Array.from(this.host.children).find(
      (child): child is HTMLScriptElement =>
        child.localName === 'script' && (child as HTMLScriptElement).type.trim().toLowerCase() === 'application/json',
    );
    if (!script) return;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      this.reportInline('inline JSON', 'is not valid JSON; showing the built-in statement instead.');
      return;
    }
    const validation = validateStatement(data);
    if (validation.ok) this.fromInline = validation.statement;
    else this.reportInline(validation.issue.path, `${validation.issue.message} (in the inline JSON); showing the built-in statement instead.`);
  }

  private fallbackName(): string {
    return this.fromInline ? 'the inline JSON' : 'the built-in statement';
  }

  private report(field: string, message: string): void {
    reportDataError(this.host, { field, message, source: 'src' });
  }

  private reportInline(field: string, message: string): void {
    reportDataError(this.host, { field, message, source: 'inline' });
  }
}

/**
 * The data model of a statement (schema/statement.schema.json is its public,
 * machine-readable form; validate-statement.ts enforces it at run time).
 */

/** A text: a plain string, or a map of language tag to string (`{ "en": "…", "fr": "…" }`). */
export type Text = string | Readonly<Record<string, string>>;

export type FigureFormat = 'number' | 'compact' | 'percent';

/** Something the statement states, optionally with a figure a counter can show. */
export interface Fact {
  id: string;
  /** The sentence as the statement puts it. */
  text: Text;
  /** The figure, when there is one (75 for "75 percent"). */
  value?: number;
  format?: FigureFormat;
  decimals?: number;
  /** How the statement qualifies the figure: "Over", "More than". */
  qualifier?: Text;
  /** What the figure counts, read after it: "stockpiled anti-personnel mines destroyed". */
  label?: Text;
}

export interface Achievement extends Fact {
  /** False for a figure the statement gives in prose rather than in its bulleted list. */
  inList?: boolean;
}

export interface SignatoryGroup {
  /** `champions`, `supporters`, or another group's own id. */
  id: string;
  label: Text;
  /** ISO 3166-1 alpha-2 codes. */
  states: string[];
}

export interface Section {
  id: string;
  heading?: Text;
  paragraphs: Text[];
  /** A list of the statement that follows this section's paragraphs. */
  list?: 'achievements' | 'commitments';
}

export interface Commitment {
  id: string;
  text: Text;
}

export interface CallToAction {
  text: Text;
  /** Paragraphs after the call itself. */
  closing?: Text[];
  heading?: Text;
  href?: string;
  label?: Text;
}

export interface Quote {
  text: Text;
  cite?: Text;
}

export interface Statement {
  id?: string;
  kind?: Text;
  title?: Text;
  meeting?: Text;
  /** ISO 8601 date (`2025-12-01`), when the data has one. */
  date?: string;
  /** Where the statement is published. */
  url?: string;
  /** Languages in which the texts are official; others are marked as unofficial. Default `["en"]`. */
  officialLanguages?: string[];
  signatories?: SignatoryGroup[];
  sections?: Section[];
  achievements?: Achievement[];
  humanCost?: Fact[];
  challenges?: Text[];
  commitments?: Commitment[];
  callToAction?: CallToAction;
  quote?: Quote;
}

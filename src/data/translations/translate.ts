/**
 * A translation of a statement: its texts keyed by path, not by position, so a
 * translation keeps to its text when the statement changes. A path names each
 * step from the statement down to a string: a field by its name, a list's item
 * by its `id` (`achievements.stockpiles-destroyed.label`), a paragraph by its
 * place in its section (`sections.preamble.paragraphs.0`, `callToAction.closing.0`,
 * `challenges.2`).
 */
export type StatementTranslation = Readonly<Record<string, string>>;

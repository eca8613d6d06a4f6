import type { Statement } from '../../shared/content/statement.js';

/**
 * A translation of a statement: its texts keyed by path, not by position, so a
 * translation keeps to its text when the statement changes. A path names each
 * step from the statement down to a string: a field by its name, a list's item
 * by its `id` (`achievements.stockpiles-destroyed.label`), a paragraph by its
 * place in its section (`sections.preamble.paragraphs.0`, `callToAction.closing.0`,
 * `challenges.2`).
 */
export type StatementTranslation = Readonly<Record<string, string>>;

/**
 * The statement with a language's texts added: a new statement, copied along the
 * paths that change (the rest is shared with `statement`, which stays as it is).
 * A plain string (English, the statement's source) becomes
 * `{ en: string, [language]: translation }`; a map of languages gains `language`.
 * A text without a translation, or with an empty one, stays as it is (English);
 * a path the statement does not have is ignored. Of several translations, a later
 * one's text wins.
 */
export function translateStatement(
  statement: Statement,
  language: string,
  ...translations: readonly StatementTranslation[]
): Statement {
  const texts = new Map<string, string>();
  for (const translation of translations)
    for (const [path, text] of Object.entries(translation)) if (text.trim()) texts.set(path, text);
  return texts.size ? (translated(statement, '', language, texts) as Statement) : statement;
}

/** A map of language to string (`{ en: '…', fr: '…' }`). */
const isTextMap = (node: object): node is Record<string, string> =>
  !Array.isArray(node) && Object.values(node).every((value) => typeof value === 'string');

/** The node at `path` with its translated texts, or the node itself when none of them changes. */
function translated(node: unknown, path: string, language: string, texts: ReadonlyMap<string, string>): unknown {
  if (typeof node === 'string' || (node && typeof node === 'object' && isTextMap(node))) {
    const text = texts.get(path);
    if (text !== undefined) return typeof node === 'string' ? { en: node, [language]: text } : { ...node, [language]: text };
    if (typeof node === 'string') return node;
  }
  if (!node || typeof node !== 'object') return node;
  const prefix = path ? `${path}.` : '';
  if (Array.isArray(node)) {
    // A list's item by its id (an achievement, a section), a paragraph by its place.
    const items = node.map((item: unknown, index) => {
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string';
      return translated(item, prefix + (id ? (item as { id: string }).id : index), language, texts);
    });
    return items.some((item, index) => item !== node[index]) ? items : node;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(node)) {
    const next = translated(value, prefix + key, language, texts);
    if (next !== value) (copy ??= { ...node })[key] = next;
  }
  return copy ?? node;
}

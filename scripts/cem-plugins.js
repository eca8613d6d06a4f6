// Custom Elements Manifest analyzer plugins (used by custom-elements-manifest.config.mjs,
// so `npm run analyze` and scripts/manifest.js produce the same manifest).

/**
 * Writes type aliases of literal unions out in full: an attribute typed `Theme`
 * gets `type.text` "'light' | 'dark' | 'auto'", so the embed builder, Storybook and
 * the IDE data can offer the values as a choice. An alias name declared twice with
 * different unions is left alone (we cannot tell which one is meant).
 */
export function expandLiteralUnionAliases() {
  const aliases = new Map();
  return {
    name: 'mbc-expand-literal-union-aliases',
    collectPhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node)) return;
      const name = node.name.getText();
      const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
      if (!members.every((member) => ts.isLiteralTypeNode(member))) return;
      const text = members.map((member) => member.getText()).join(' | ');
      aliases.set(name, aliases.has(name) && aliases.get(name) !== text ? null : text);
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (type) => {
        if (!type?.text) return;
        const parts = type.text.split('|').map((part) => part.trim());
        if (!parts.some((part) => aliases.get(part))) return;
        type.text = parts.map((part) => aliases.get(part) ?? part).join(' | ');
      };
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) expand(attribute.type);
          for (const member of declaration.members ?? []) expand(member.type);
        }
      }
    },
  };
}

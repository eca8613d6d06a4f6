// Writes vscode.html-custom-data.json (VS Code's HTML custom data format) from the
// Custom Elements Manifest, so editors complete every mbc- tag, attribute and
// enum value with its documentation. Runs after `npm run analyze` (postanalyze);
// `node scripts/vscode-data.js [manifest] [out]` by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analyze, declarationsByTag, unionValues } from './manifest.js';

/** The custom data for every mbc- element of the manifest. */
export function vscodeData(manifest) {
  const tags = [...declarationsByTag(manifest).values()]
    .filter((declaration) => declaration.tagName.startsWith('mbc-'))
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map((declaration) => ({
      name: declaration.tagName,
      description: [
        declaration.description,
        (declaration.slots ?? []).length
          ? `Slots: ${declaration.slots.map((s) => (s.name ? `\`${s.name}\`` : 'default')).join(', ')}.`
          : '',
        (declaration.events ?? []).length ? `Events: ${declaration.events.map((e) => `\`${e.name}\``).join(', ')}.` : '',
        (declaration.cssParts ?? []).length ? `Parts: ${declaration.cssParts.map((p) => `\`${p.name}\``).join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const values = unionValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: [
            attribute.description,
            attribute.default && attribute.default !== 'null' ? `Default: ${attribute.default}.` : '',
          ]
            .filter(Boolean)
            .join(' '),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      references: [{ name: 'Embed builder and docs', url: 'https://www.npmjs.com/package/mine-ban-widgets' }],
    }));
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [source = 'custom-elements.json', out = 'vscode.html-custom-data.json'] = process.argv.slice(2);
  const manifest = existsSync(source) ? JSON.parse(readFileSync(source, 'utf8')) : await analyze();
  const data = vscodeData(manifest);
  writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`${out}: ${data.tags.length} elements`);
}

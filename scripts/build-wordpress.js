// `npm run build:wordpress`: the WordPress plugin, ready to install. Takes the plugin's
// sources (wordpress/mine-ban-widgets/: PHP and the editor script), the built library
// (dist/: the loader, the elements, their chunks and languages; build first) and the
// Custom Elements Manifest, and writes:
// - blocks/<element>/block.json: one dynamic block per element (apiVersion 3), its
//   attributes and their allowed values from the manifest (one source, like the embed
//   builder), so a new attribute or value needs no edit here;
// - manifest.json: the same allow-list for the PHP renderer and the shortcode;
// - dist/: the library files the plugin serves.
// By default it zips the result into wordpress/dist/mine-ban-widgets.zip (upload it
// under Plugins → Add New → Upload); `--out DIR` writes the unpacked plugin into DIR
// instead (the WordPress test installs it from there).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeElements, elementFolders } from './manifest.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(root, 'wordpress', 'mine-ban-widgets');
/** Where the built library (dist/, custom-elements.json) is: this checkout, or MBC_BUILD_ROOT (another checkout's build). */
export const BUILD_ROOT = resolve(process.env.MBC_BUILD_ROOT ?? root);
const SLUG = 'mine-ban-widgets';
/** What the plugin serves from dist/ (not the npm build in dist/lib, nor source maps). */
const DIST_FILES = ['loader.js', 'mine-ban-widgets.js', 'mine-ban-widgets.classic.js', 'elements', 'chunks', 'locales'];
/** Attributes whose value is a URL: the renderer passes them through esc_url (http, https, mailto, relative). */
const URL_ATTRIBUTES = ['src', 'href'];

/** The allowed values of a union of literals ("'a' | 'b'", "1 | 2"), or undefined. */
function literalValues(type) {
  const parts = (type ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (!parts.length || !parts.every((part) => /^'[^']*'$|^"[^"]*"$|^-?\d+$/.test(part))) return undefined;
  return parts.map((part) => part.replace(/^['"]|['"]$/g, ''));
}

const unquote = (value) => (value == null ? undefined : String(value).replace(/^['"]|['"]$/g, ''));

/** Each element and its attributes as the plugin needs them: name, kind, allowed values, default, help. */
export function pluginManifest(manifest, version) {
  const { elements, problems } = describeElements(manifest, elementFolders(root));
  if (problems.length) throw new Error(problems.join('\n'));
  return {
    version,
    elements: Object.fromEntries(
      elements.map((element) => {
        const attributes = element.attributes.map((attribute) => {
          const values = attribute.name === 'heading-level' ? ['1', '2', '3', '4', '5', '6'] : literalValues(attribute.type);
          return {
            name: attribute.name,
            kind: URL_ATTRIBUTES.includes(attribute.name) ? 'url' : values ? 'enum' : 'text',
            ...(values ? { values } : {}),
            ...(unquote(attribute.default) && unquote(attribute.default) !== 'null'
              ? { default: unquote(attribute.default) }
              : {}),
            description: attribute.description.replace(/\s+/g, ' ').trim(),
          };
        });
        // `lang` is a global attribute: a block may override the page's language on every element.
        if (!attributes.some((attribute) => attribute.name === 'lang'))
          attributes.push({ name: 'lang', kind: 'lang', description: "The widget's language when it is not the page's." });
        else attributes.find((attribute) => attribute.name === 'lang').kind = 'lang';
        const summary = element.description
          .split(/\n\s*\n/)[0]
          .replace(/\s+/g, ' ')
          .trim();
        return [element.name, { tag: element.tag, title: titleOf(element.name), description: summary, attributes }];
      }),
    ),
  };
}

const titleOf = (name) => name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** One block.json per element: a dynamic block whose attributes are the element's, all strings. */
export function blockJson(name, element, version) {
  const attributes = Object.fromEntries(
    element.attributes.map((attribute) => [
      attribute.name,
      { type: 'string', ...(attribute.values ? { enum: attribute.values } : {}) },
    ]),
  );
  attributes.fallback = { type: 'string' };
  attributes.json = { type: 'string' };
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: `${SLUG}/${name}`,
    version,
    title: `Mine Ban: ${element.title}`,
    category: 'embed',
    icon: 'megaphone',
    description: element.description.replace(/[*`]/g, ''),
    keywords: ['mine ban', 'landmine', 'convention', element.tag],
    textdomain: SLUG,
    attributes,
    supports: { html: false, align: ['wide', 'full'] },
    editorScript: `${SLUG}-editor`,
  };
}

export function buildPlugin(out) {
  if (!existsSync(join(BUILD_ROOT, 'dist', 'loader.js')))
    throw new Error('dist/loader.js is missing: run `npm run build` first.');
  const manifestFile = join(BUILD_ROOT, 'custom-elements.json');
  if (!existsSync(manifestFile)) throw new Error('custom-elements.json is missing: run `npm run build` first.');
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const manifest = pluginManifest(JSON.parse(readFileSync(manifestFile, 'utf8')), version);
  rmSync(out, { recursive: true, force: true });
  cpSync(SOURCE, out, { recursive: true });
  for (const file of DIST_FILES) {
    if (existsSync(join(BUILD_ROOT, 'dist', file)))
      cpSync(join(BUILD_ROOT, 'dist', file), join(out, 'dist', file), {
        recursive: true,
        filter: (path) => !path.endsWith('.map'),
      });
  }
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  for (const [name, element] of Object.entries(manifest.elements)) {
    mkdirSync(join(out, 'blocks', name), { recursive: true });
    writeFileSync(join(out, 'blocks', name, 'block.json'), `${JSON.stringify(blockJson(name, element, version), null, 1)}\n`);
  }
  // The version WordPress shows and puts in every script URL is the library's.
  const main = join(out, `${SLUG}.php`);
  writeFileSync(main, readFileSync(main, 'utf8').replace(/@VERSION@/g, version));
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  if (at !== -1) {
    const out = resolve(process.argv[at + 1]);
    buildPlugin(out);
    console.log(`WordPress plugin written to ${out}`);
  } else {
    const stage = mkdtempSync(join(tmpdir(), 'mbc-wp-'));
    try {
      buildPlugin(join(stage, SLUG));
      const zip = join(root, 'wordpress', 'dist', `${SLUG}.zip`);
      mkdirSync(dirname(zip), { recursive: true });
      rmSync(zip, { force: true });
      execFileSync('zip', ['-q', '-r', zip, SLUG], { cwd: stage, stdio: 'inherit' });
      console.log(`WordPress plugin: ${zip}`);
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  }
}

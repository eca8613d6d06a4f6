// The source of truth for the loader, the builder, Storybook and the IDE data is the
// element folders plus the Custom Elements Manifest made from them. Every element
// folder must be described there as mbc-<folder>, and everything made from the
// manifest must cover every element (no per-element edits anywhere).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, describeElements, elementFolders, loaderRegistry } from '../../scripts/manifest.js';
import { vscodeData } from '../../scripts/vscode-data.js';

let manifest;
before(async () => {
  manifest = await analyze();
});

test('every element folder is an mbc-<folder> element in the manifest', () => {
  const { problems } = describeElements(manifest);
  assert.deepEqual(problems, []);
});

test('the loader registry lists every element with its attributes', () => {
  const { elements } = describeElements(manifest);
  const registry = loaderRegistry(elements);
  assert.deepEqual(Object.keys(registry).sort(), elementFolders());
  for (const element of elements) {
    assert.ok(registry[element.name].split(' ').includes('theme'), `${element.tag} has the shared theme attribute`);
  }
});

test('theme is offered as its union of values (type aliases are written out)', () => {
  for (const element of describeElements(manifest).elements) {
    const theme = element.attributes.find((attribute) => attribute.name === 'theme');
    assert.deepEqual(theme?.values, ['light', 'dark', 'auto'], element.tag);
  }
});

test('the VS Code custom data has every element, attribute and enum value', () => {
  const data = vscodeData(manifest);
  const { elements } = describeElements(manifest);
  assert.deepEqual(data.tags.map((tag) => tag.name).sort(), elements.map((element) => element.tag).sort());
  for (const element of elements) {
    const tag = data.tags.find((entry) => entry.name === element.tag);
    assert.deepEqual(
      tag.attributes.map((a) => a.name),
      element.attributes.map((a) => a.name),
    );
    for (const attribute of element.attributes.filter((a) => a.values)) {
      assert.deepEqual(
        tag.attributes.find((a) => a.name === attribute.name).values.map((v) => v.name),
        attribute.values,
      );
    }
  }
});

test("every documented attribute, event and part has a description, and events are the library's own", () => {
  for (const element of describeElements(manifest).elements) {
    const { declaration } = element;
    for (const attribute of declaration.attributes ?? [])
      assert.ok(attribute.description, `${element.tag} attribute ${attribute.name}`);
    for (const part of declaration.cssParts ?? []) assert.ok(part.description, `${element.tag} part ${part.name}`);
    for (const event of declaration.events ?? []) {
      assert.match(event.name, /^mbc-/, `${element.tag} event ${event.name}`);
      assert.ok(event.description, `${element.tag} event ${event.name}`);
    }
  }
});

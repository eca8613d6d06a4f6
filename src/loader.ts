/**
 * `dist/loader.js`: the one line a partner pastes,
 * `<script type="module" src="https://…/mine-ban-widgets/dist/loader.js"></script>`.
 * It defines only the `mbc-` elements on the page (tags, link form and data form;
 * see src/loader/core.ts), now and as the page changes, loading each element's
 * module from beside this file. No Lit, no element is imported here.
 *
 * Content a site puts into its own shadow roots is not watched unless it asks:
 * `import { load } from 'https://…/dist/loader.js'; await load(shadowRoot);`
 * (also the way to rescan anything at once). Nothing is added to `window`.
 */
import { createLoader } from './loader/core.js';
import registry from './loader/registry.js';

const loader = createLoader(registry, (name) => import(new URL(`./elements/${name}.js`, import.meta.url).href));

/** Upgrades the `mbc-` elements and CMS-safe forms in `root` and watches it; resolves once they are defined. */
export const load: (root?: Node) => Promise<void> = loader.load;

void load(document);

// Read by `cem analyze` (npm run analyze) and by scripts/manifest.js.
import { expandLiteralUnionAliases } from './scripts/cem-plugins.js';

export default {
  plugins: [expandLiteralUnionAliases()],
};

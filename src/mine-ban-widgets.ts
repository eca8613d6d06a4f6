/** The CDN bundle: every element, self-defining. */
import './index.js';

// Removes the previous build so no stale chunk is served or measured.
import { rmSync } from 'node:fs';
rmSync('dist', { recursive: true, force: true });

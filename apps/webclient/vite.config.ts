// By path, not by package name: Vite's config loader leaves bare imports to Node, which cannot load a
// linked workspace package's TypeScript.
import { shellViteConfig } from '../../packages/panel-build/src/index.js';

// The panel's build (see @cardenroll/panel-build); the simulator frames this very build.
export default shellViteConfig(new URL('.', import.meta.url), 5174);

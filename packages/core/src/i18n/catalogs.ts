import ar from './catalogs/ar.json' with { type: 'json' };
import cs from './catalogs/cs.json' with { type: 'json' };
import de from './catalogs/de.json' with { type: 'json' };
import es from './catalogs/es.json' with { type: 'json' };
import fr from './catalogs/fr.json' with { type: 'json' };
import it from './catalogs/it.json' with { type: 'json' };
import ja from './catalogs/ja.json' with { type: 'json' };
import nl from './catalogs/nl.json' with { type: 'json' };
import pl from './catalogs/pl.json' with { type: 'json' };
import { type Catalog, en } from './en';
import type { Locale } from './locales';

/**
 * Every catalog, for the simulator, the tests and the build that writes them out. A shell imports none
 * of this: it bundles English only and fetches the others (packages/shell, panel-build's catalog files).
 */
export const catalogs: { readonly [L in Locale]: Catalog } = { en, de, cs, fr, es, it, pl, nl, ja, ar };

// The shell's language loading, built and lowered as the legacy build does, run where the browser has no
// Promise: Promise.race, which loadLanguage uses to stop waiting for a catalog, comes from promise.js.
// Without it the race threw, the catch gave English, and a German panel silently stayed English.
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { es5Realm } from './es5-realm.js';
import { lowerToEs5 } from './lower-to-es5.js';

const entry = fileURLToPath(new URL('../../shell/src/panel-language.ts', import.meta.url));

/** panel-language.ts as one ES5 script that puts its exports on `panelLanguage`. */
async function legacyScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'esnext',
      lib: { entry, name: 'panelLanguage', formats: ['iife'] },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const [chunk] = (Array.isArray(output) ? output[0] : output)?.output ?? [];
  if (chunk?.type !== 'chunk') throw new Error('no chunk built');
  // lowerToEs5 wraps the script in a function; the exports must stay reachable from the page.
  return (await lowerToEs5(`${chunk.code}\nwindow.panelLanguage = panelLanguage;`)).trim();
}

describe('the panel language where the browser has no Promise', () => {
  let script = '';
  beforeAll(async () => {
    script = await legacyScript();
  }, 60_000);

  const german = `{ locale: 'de', catalog: { 'enroll.title': 'Karte registrieren' } }`;

  it('is the configured language once its catalog has loaded', () => {
    const realm = es5Realm();
    expect(realm.run('String(Promise).indexOf("[native code]")')).toBe(-1);
    realm.run(script);
    realm.run(`
      var shown;
      var german = ${german};
      panelLanguage.loadLanguage('de', function (locale) {
        // The catalog file arrives a second later, within the panel's 4 s wait.
        return new Promise(function (resolve) { setTimeout(function () { resolve(german.catalog); }, 1000); });
      }).then(function (language) { shown = language; });
    `);
    realm.drain();
    expect(realm.thrown).toEqual([]);
    expect(realm.run('shown.locale')).toBe('de');
    expect(realm.run('shown.catalog === german.catalog')).toBe(true);
  });

  it('is English when the catalog does not come within the wait', () => {
    const realm = es5Realm();
    realm.run(script);
    realm.run(`
      var shown;
      panelLanguage.loadLanguage('de', function () { return new Promise(function () {}); }, 4000)
        .then(function (language) { shown = language; });
    `);
    realm.drain();
    expect(realm.run('shown === panelLanguage.bundledLanguage')).toBe(true);
  });
});

import { catalogs, defaultLocale, locales } from '@cardenroll/core';
import { describe, expect, it } from 'vitest';
import { BUNDLED_LOCALE, catalogFilesOf } from './catalog-files';

describe('catalogFilesOf', () => {
  const files = catalogFilesOf();

  it('writes a file for every language but the bundled default', () => {
    expect(BUNDLED_LOCALE).toBe(defaultLocale);
    expect(files.map(({ locale }) => locale)).toEqual(locales.filter((l) => l !== defaultLocale).sort());
  });

  it('writes each catalog as compact JSON, equal to the one the simulator and tests use', () => {
    for (const { locale, source } of files) {
      expect(source).not.toContain('\n');
      expect(JSON.parse(source)).toEqual(catalogs[locale as keyof typeof catalogs]);
    }
  });

  it('names each file by its content, so a panel never caches one release’s text for another', () => {
    for (const { locale, fileName, source } of files) {
      expect(fileName).toMatch(new RegExp(`^locales/${locale}-[0-9a-f]{8}\\.json$`));
      expect(catalogFilesOf().find((file) => file.locale === locale)?.fileName).toBe(fileName);
      expect(source.length).toBeGreaterThan(1000);
    }
    expect(new Set(files.map(({ fileName }) => fileName)).size).toBe(files.length);
  });
});

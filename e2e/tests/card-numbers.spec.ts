import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { Reader } from '../support/reader';

test.describe('card numbers: conversion and the installer view', () => {
  test('a Konica Minolta ASCII-hex read is converted to the decimal number stored for Dana', async ({
    simulator,
    panel,
    reader,
  }) => {
    await simulator.applyChain('ASCII2Hex;Hex2Dec');
    await expect(simulator.chainStatus).toHaveText('Swipes are converted with ASCII2Hex;Hex2Dec');
    await reader.swipe(demo.dana.kmRead);
    await expect(panel.signedIn.heading(demo.dana.displayName)).toBeVisible();
    await expect(simulator.swipeLog.nth(1)).toHaveText(`${demo.dana.kmRead}${demo.dana.card}`);
  });

  test('a chain with a mistake is refused with where the mistake is, and swipes stay as they were', async ({
    simulator,
    panel,
    reader,
  }) => {
    await simulator.applyChain('ASCII2Hex;Hex2Dek');
    await expect(simulator.chainStatus).toContainText('Not applied:');
    await expect(simulator.chainStatus).toContainText('(at character 11)');
    await reader.swipe(demo.carol.card);
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
  });

  test('the installer view shows the read and the card number, masked', async ({ simulator, reader }) => {
    await simulator.showInstallerView();
    await simulator.applyChain('ASCII2Hex;Hex2Dec');
    await reader.swipe('3132333441424344');
    const view = simulator.panel.getByRole('region', { name: 'Installer view' });
    await expect(view).toHaveText('Reader sent •••• 4344 (16 characters)Card number •••• 1741');

    await simulator.panel.getByRole('button', { name: 'Cancel' }).click();
    await reader.swipe('XYZW1234');
    await expect(simulator.panel.getByRole('heading', { name: 'Card could not be read' })).toBeVisible();
    await expect(view).toContainText('Not converted: Hex2Dec');
    await expect(view).not.toContainText('XYZW');
  });

  test('a card read twice in a row by the reader is one swipe', async ({ page, simulator, panel }) => {
    await new Reader(page, simulator.frame).swipeHeld(demo.carol.card);
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
    await expect(simulator.swipeLog).toHaveCount(2);
  });

  test('the rule finder proposes the chain from examples, and it works on the next swipe', async ({
    simulator,
    panel,
    reader,
  }) => {
    await simulator.findChains([
      [demo.dana.kmRead, demo.dana.card],
      ['3132333441424344', '305441741'],
      ['3034413142324333', '77705923'],
    ]);
    await expect(simulator.finderResult.getByRole('listitem').first()).toContainText('ASCII2Hex;Hex2Dec');
    await expect(simulator.finderResult).toContainText('all 3 pairs fit');
    await simulator.useChain('ASCII2Hex;Hex2Dec');
    await expect(simulator.chainStatus).toHaveText('Swipes are converted with ASCII2Hex;Hex2Dec');
    await reader.swipe(demo.dana.kmRead);
    await expect(panel.signedIn.heading(demo.dana.displayName)).toBeVisible();
  });
});

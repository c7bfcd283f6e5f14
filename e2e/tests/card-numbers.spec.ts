import { encodeAsciiHex } from '@cardenroll/core';
import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { Reader, readOfCard } from '../support/reader';

test.describe('card numbers: conversion and the installer view', () => {
  test('a Konica Minolta ASCII-hex read is converted to the decimal number stored for Dana', async ({
    simulator,
    panel,
    reader,
  }) => {
    await simulator.applyChain('ASCII2Hex;Hex2Dec');
    await expect(simulator.chainStatus).toHaveText('Swipes are converted with ASCII2Hex;Hex2Dec');
    await reader.sendRead(demo.dana.kmRead);
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
    await reader.sendRead('3132333441424344');
    const view = simulator.panel.getByRole('region', { name: 'Installer view' });
    await expect(view).toHaveText('Reader sent •••• 4344 (16 characters)Card number •••• 1741');

    await simulator.panel.getByRole('button', { name: 'Cancel' }).click();
    await reader.sendRead('XYZW1234');
    await expect(simulator.panel.getByRole('heading', { name: 'Card could not be read' })).toBeVisible();
    // Not a Konica Minolta read, so the chain's first rule refuses it.
    await expect(view).toContainText('Not converted: ASCII2Hex');
    await expect(view).not.toContainText('XYZW');
  });

  // What a busy host made of a Konica Minolta read of 3735928559: the first five keys went elsewhere.
  const splitRead = '335393238353539FFFF';

  test('a read the chain cannot decode is an unreadable card, and the installer view names the rule', async ({
    simulator,
    panel,
    reader,
    shell,
  }) => {
    // The IWS shell's own chain; the other shells are given it, so the simulation means the same there.
    if (shell !== 'iws') await simulator.applyChain('ASCII2Hex');
    await expect(simulator.chainStatus).toHaveText('Swipes are converted with ASCII2Hex');
    await simulator.showInstallerView();
    await reader.sendRead(splitRead);
    await expect(panel.problem.heading('Card could not be read')).toBeVisible();
    await expect(panel.prompt.heading).toBeHidden();
    const view = simulator.panel.getByRole('region', { name: 'Installer view' });
    await expect(view).toContainText('Not converted: ASCII2Hex');
    await expect(view).toContainText('is not a Konica Minolta read');
    await expect(view).not.toContainText('33539323');

    // The whole read, as the reader sent it, is a card number the panel offers to register.
    await panel.problem.button('OK').click();
    await reader.sendRead(encodeAsciiHex(demo.unknownCards[3]));
    await expect(panel.prompt.heading).toBeVisible();
    await expect(view).toContainText('Card number •••• 8559');
  });

  test('with ASCII2Hex(pass) a read that is no Konica Minolta read passes through, as in SAFEQ', async ({
    simulator,
    panel,
    reader,
  }) => {
    await simulator.applyChain('ASCII2Hex(pass)');
    await expect(simulator.chainStatus).toHaveText('Swipes are converted with ASCII2Hex(pass)');
    await reader.sendRead(splitRead);
    await expect(panel.prompt.heading).toBeVisible();
    await reader.sendRead(demo.dana.kmRead);
    await expect(simulator.swipeLog.nth(1)).toHaveText(`${demo.dana.kmRead}946EBD28`);
  });

  test('a card read twice in a row by the reader is one swipe', async ({ page, simulator, panel, shell }) => {
    await new Reader(page, simulator.frame, readOfCard(shell)).swipeHeld(demo.carol.card);
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
    await reader.sendRead(demo.dana.kmRead);
    await expect(panel.signedIn.heading(demo.dana.displayName)).toBeVisible();
  });
});

import { randomBytes } from 'node:crypto';
import { CredentialsScreen } from '../../pages/CredentialsScreen';
import { EnrollmentPrompt } from '../../pages/EnrollmentPrompt';
import { HandoverScreen } from '../../pages/HandoverScreen';
import { IdleScreen } from '../../pages/IdleScreen';
import { SignedInScreen } from '../../pages/SignedInScreen';
import { expect, test } from '../../support/fixtures';
import { demo } from '../../support/journeys';
import { servePanelFiles } from '../../support/panel-file-server';
import { Reader } from '../../support/reader';
import { referenceService } from '../../support/reference-service';

/**
 * A tenant over plain HTTP on the printer itself, on another port than the panel's files: what
 * docs/config.md accepts and the README suggests (`http://127.0.0.1:8787/`). The shipped Webclient panel
 * is served alone, as a printer serves it, so its own Content-Security-Policy is the only one; the
 * tenant is the reference service at its public URL (the simulator's origin in this project, which passes
 * /api/ through). A policy that blocked the tenant or its QR code would log an error, which fails the
 * test (fixtures.ts). The QR code's link is built from the service's public URL only (never from the
 * request's Host), so a panel shows it where its tenantUrl is that URL: the 127.0.0.1 case.
 */
for (const host of ['127.0.0.1', 'localhost']) {
  test(`a panel reaches a plain-HTTP tenant at ${host} on another port${host === '127.0.0.1' ? ', and shows its hand-over QR code' : ''}`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const tenantUrl = `http://${host}:${referenceService.simulatorPort}/`;
    const files = await servePanelFiles('webclient', {
      tenantUrl,
      terminalKey: 'demo-terminal-key',
      phoneHandover: true,
    });
    try {
      await page.setViewportSize({ width: 800, height: 480 });
      await page.goto(files.url);
      await expect(new IdleScreen(page).heading).toBeVisible();
      expect(new URL(files.url).origin).not.toBe(new URL(tenantUrl).origin);

      const reader = new Reader(page, null);
      await reader.swipe(demo.carol.card);
      const signedIn = new SignedInScreen(page);
      await expect(signedIn.heading(demo.carol.displayName)).toBeVisible();
      await signedIn.logOut();
      if (host !== '127.0.0.1') return;

      // An unknown card, then Use your phone: the hand-over is opened at the tenant, and its QR code is
      // an image on the tenant's origin.
      await reader.swipe(randomBytes(4).toString('hex').toUpperCase());
      await new EnrollmentPrompt(page).enroll();
      await new CredentialsScreen(page).useYourPhone();
      const handover = new HandoverScreen(page);
      await expect(handover.qrCode).toBeVisible();
      await expect(handover.qrCode).toHaveAttribute('src', new RegExp(`^${tenantUrl}`));
      await expect
        .poll(() => handover.qrCode.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
      await handover.cancel();
      await expect(new IdleScreen(page).heading).toBeVisible();
    } finally {
      await files.close();
    }
  });
}

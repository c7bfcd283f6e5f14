import { expect, test } from '../support/fixtures';
import { demo, enrollCard } from '../support/journeys';

test.describe('enrolling a card at the panel', () => {
  test('an unknown card is registered with a password, and signs in directly from then on', async ({
    panel,
    reader,
  }) => {
    const card = demo.unknownCards[0];
    await reader.swipe(card);
    await expect(panel.prompt.heading).toBeVisible();
    await expect(panel.prompt.card).toHaveText('Card •••• ABCD');
    await panel.prompt.enroll();

    await expect(panel.credentials.heading).toBeVisible();
    await expect(panel.credentials.secret).toHaveAttribute('type', 'password');
    await panel.credentials.register(demo.alice);

    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
    await expect(panel.signedIn.message).toHaveText('Your card is registered. Next time, just swipe it.');
    await panel.signedIn.logOut();
    await expect(panel.idle.heading).toBeVisible();

    await reader.swipeAgain(card);
    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
    await expect(panel.signedIn.message).toHaveText('Welcome back.');
    await expect(panel.prompt.heading).toBeHidden();
  });

  test('the terminal key and the secret stay out of storage, the URL and the page once the flow ends', async ({
    simulator,
    panel,
    reader,
  }) => {
    await enrollCard(panel, reader, demo.unknownCards[1], demo.alice);
    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
    const traces = await simulator.frame.evaluate((frame: HTMLIFrameElement) => {
      const win = frame.contentWindow as Window;
      const stored = [win.localStorage, win.sessionStorage].flatMap((storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`),
      );
      return { stored, url: win.location.href, page: win.document.documentElement.outerHTML };
    });
    expect(traces.stored).toEqual([]);
    for (const secret of [demo.alice.secret, 'demo-terminal-key']) {
      expect(traces.url).not.toContain(secret);
      expect(traces.page).not.toContain(secret);
    }
  });

  test('a card that is already registered signs its user straight in', async ({ panel, reader }) => {
    await reader.swipe(demo.carol.card);
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
    await panel.signedIn.logOut();
    await expect(panel.idle.heading).toBeVisible();
  });

  test('a one-time password registers a card once, and is refused the second time', async ({
    panel,
    reader,
  }) => {
    await expect(panel.idle.heading).toBeVisible();
    await enrollCard(panel, reader, demo.unknownCards[1], {
      username: demo.bob.username,
      secret: demo.bob.otp,
    });
    await expect(panel.signedIn.heading(demo.bob.displayName)).toBeVisible();
    await panel.signedIn.logOut();

    await enrollCard(panel, reader, demo.unknownCards[2], {
      username: demo.bob.username,
      secret: demo.bob.otp,
    });
    await expect(panel.credentials.notice).toContainText('Wrong username or password.');
    await expect(panel.credentials.secret).toHaveValue('');
  });

  test('a wrong password says so, empties the field, and the right one then works', async ({
    panel,
    reader,
  }) => {
    await enrollCard(panel, reader, demo.unknownCards[3], { username: 'alice', secret: 'not-her-password' });
    await expect(panel.credentials.notice).toHaveText(
      'Wrong username or password. Try again. 4 attempts left before the account is locked.',
    );
    await expect(panel.credentials.secret).toHaveValue('');
    await expect(panel.credentials.username).toHaveValue('alice');
    await expect(panel.credentials.secret).toBeFocused();

    await panel.credentials.secret.fill(demo.alice.secret);
    await panel.credentials.registerCard.click();
    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
  });

  test('the secret field says that a one-time password works too', async ({ panel, reader }) => {
    await reader.swipe(demo.unknownCards[0]);
    await panel.prompt.enroll();
    await expect(panel.credentials.secret).toHaveAccessibleName('Password or one-time password');
    await expect(panel.credentials.secret).toHaveAccessibleDescription(
      'A one-time password from your email or the web portal works too.',
    );
    await expect(panel.credentials.registerCard).toBeDisabled();
  });
});

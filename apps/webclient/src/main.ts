import { keyboardCardSource, lazyCardSource, startShell } from '@cardenroll/shell';

/**
 * The HP Webclient shell: the FutureSmart panel browser is the host (our signed-in screen with Log out is
 * the session), and the reader types into the page as a keyboard. On a Chromium kiosk a vendor-protocol
 * reader can be read over WebHID instead (`reader.kind: "webhid"`, devices granted by kiosk policy), its
 * code loaded only then.
 */
const root = document.getElementById('panel');
if (root)
  void startShell(
    {
      shell: 'webclient',
      cardSource: ({ reader }) =>
        reader.kind === 'webhid'
          ? lazyCardSource('webhid', () =>
              import('./webhid-source').then((part) => part.webHidCardSource(reader)),
            )
          : keyboardCardSource(reader),
    },
    { root },
  );

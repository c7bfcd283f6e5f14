import { createWebHidCardSource, debounceSwipes, WEBHID_DECODERS } from '@cardenroll/readers';
import { keyboardCardSource, startShell } from '@cardenroll/shell';

/**
 * The HP Webclient shell: the FutureSmart panel browser is the host (our signed-in screen with Log out is
 * the session), and the reader types into the page as a keyboard. On a Chromium kiosk a vendor-protocol
 * reader can be read over WebHID instead (`reader.kind: "webhid"`, devices granted by kiosk policy).
 */
const root = document.getElementById('panel');
if (root)
  void startShell(
    {
      shell: 'webclient',
      cardSource: ({ reader }) =>
        reader.kind === 'webhid'
          ? debounceSwipes(
              createWebHidCardSource({
                filters: reader.hidFilters,
                decode: WEBHID_DECODERS[reader.hidDecoder],
              }),
              {
                windowMs: reader.debounceMs,
              },
            )
          : keyboardCardSource(reader),
    },
    { root },
  );

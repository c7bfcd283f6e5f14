import { createWorkpathBridgeSource, createWorkpathHostBridge, debounceSwipes } from '@cardenroll/readers';
import { startShell } from '@cardenroll/shell';

/**
 * The HP Workpath shell: the web UI a thin WebView host app loads. The host forwards the badge reader's HID
 * reports and signs the user in on the device, both over the bridge of docs/workpath-bridge.md.
 */
const root = document.getElementById('panel');
if (root)
  void startShell(
    {
      shell: 'workpath',
      cardSource: ({ reader }) =>
        debounceSwipes(createWorkpathBridgeSource(), { windowMs: reader.debounceMs }),
      host: () => createWorkpathHostBridge(),
    },
    { root },
  );

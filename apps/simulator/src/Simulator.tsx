import { catalogs, type Locale, locales } from '@cardenroll/core';
import { isShellMessage } from '@cardenroll/simulator-link';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CardReadingControls, type LoggedSwipe } from './CardReadingControls';
import { sendToPanel } from './panel-link';
import { type PanelSizeId, panelSize, panelSizes } from './panel-sizes';
import { RuleFinder } from './RuleFinder';
import { type TenantModeId, tenantModes } from './tenant-modes';
import { VirtualReader } from './VirtualReader';
import { typeLikeWedge } from './wedge-typing';

/** The shell the simulator frames; the IWS and Workpath shells join it with their packaging work. */
const shellPath = '/webclient/';

/** The panel simulator: a shell in a frame at a real panel size, with a reader, a language and the tenant's mood. */
export function Simulator() {
  const frame = useRef<HTMLIFrameElement>(null);
  const [sizeId, setSizeId] = useState<PanelSizeId>(
    panelSize(new URLSearchParams(location.search).get('size')).id,
  );
  const [locale, setLocale] = useState<Locale>('en');
  const [mode, setMode] = useState<TenantModeId>('normal');
  const [chain, setChain] = useState('');
  const [chainError, setChainError] = useState<{ message: string; position: number } | null>(null);
  const [diagnostics, setDiagnostics] = useState(false);
  const [swipes, setSwipes] = useState<readonly LoggedSwipe[]>([]);
  const size = panelSize(sizeId);

  // A panel that (re)loads asks for the switches' current values; it also reports swipes and chains.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || event.source !== frame.current?.contentWindow) return;
      if (!isShellMessage(event.data)) return;
      const message = event.data;
      switch (message.type) {
        case 'ready':
          sendToPanel(frame.current, { type: 'locale', locale });
          sendToPanel(frame.current, {
            type: 'fault',
            fault: tenantModes.find((m) => m.id === mode)?.fault ?? null,
          });
          sendToPanel(frame.current, { type: 'conversion', chain });
          sendToPanel(frame.current, { type: 'diagnostics', on: diagnostics });
          return;
        case 'swiped':
          setSwipes((log) => [{ read: message.read, outcome: message.outcome }, ...log].slice(0, 6));
          return;
        case 'conversion':
          setChainError(message.error);
          return;
        default:
          message satisfies never;
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [locale, mode, chain, diagnostics]);

  const swipe = (card: string) => {
    const panel = frame.current?.contentWindow;
    if (panel) typeLikeWedge(panel, card);
  };

  return (
    <div class="simulator">
      <header class="simulator__header">
        <h1>Panel simulator</h1>
        <p>HP Webclient shell · demo tenant in the panel's service worker</p>
      </header>
      <main class="simulator__body" aria-label="Panel simulator">
        <iframe
          ref={frame}
          class="simulator__panel"
          title="Printer panel"
          name="panel"
          src={shellPath}
          width={size.width}
          height={size.height}
        />
        <aside class="simulator__controls" aria-label="Simulator controls">
          <VirtualReader
            onSwipe={swipe}
            onAssign={(cardNumber, username) =>
              sendToPanel(frame.current, {
                type: 'assignCard',
                cardNumber: cardNumber.toUpperCase(),
                username,
              })
            }
          />
          <CardReadingControls
            chain={chain}
            chainError={chainError}
            onApplyChain={(next) => {
              setChain(next);
              sendToPanel(frame.current, { type: 'conversion', chain: next });
            }}
            diagnostics={diagnostics}
            onDiagnostics={(on) => {
              setDiagnostics(on);
              sendToPanel(frame.current, { type: 'diagnostics', on });
            }}
            swipes={swipes}
          />
          <RuleFinder
            recentReads={swipes.map((swipe) => swipe.read)}
            onUse={(next) => {
              setChain(next);
              sendToPanel(frame.current, { type: 'conversion', chain: next });
            }}
          />
          <fieldset class="control">
            <legend>Panel</legend>
            <label>
              Panel size
              <select value={sizeId} onChange={(event) => setSizeId(panelSize(event.currentTarget.value).id)}>
                {panelSizes.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.width} × {s.height}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Language
              <select
                value={locale}
                onChange={(event) => {
                  const next = event.currentTarget.value as Locale;
                  setLocale(next);
                  sendToPanel(frame.current, { type: 'locale', locale: next });
                }}
              >
                {locales.map((l) => (
                  <option key={l} value={l}>
                    {catalogs[l]['language.name']}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
          <fieldset class="control">
            <legend>Tenant</legend>
            {tenantModes.map((m) => (
              <label key={m.id} class="control__choice">
                <input
                  type="radio"
                  name="tenant-mode"
                  checked={mode === m.id}
                  onChange={() => {
                    setMode(m.id);
                    sendToPanel(frame.current, { type: 'fault', fault: m.fault });
                  }}
                />
                {m.label}
              </label>
            ))}
          </fieldset>
        </aside>
      </main>
    </div>
  );
}

import type { FaultTarget } from '@cardenroll/cloud-mock';
import type { BrowserMockTenant } from '@cardenroll/cloud-mock/browser';
import { catalogs, compileReadConverter, encodeAsciiHex, type Locale, locales } from '@cardenroll/core';
import { isShellMessage } from '@cardenroll/simulator-link';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CardReadingControls, type LoggedSwipe } from './CardReadingControls';
import { ConfigEditor } from './ConfigEditor';
import { DeviceSession } from './DeviceSession';
import { PhoneHandover } from './PhoneHandover';
import { demoConfigText, type PanelSettings } from './panel-config';
import { sendToPanel } from './panel-link';
import { type PanelSizeId, panelSize, panelSizes } from './panel-sizes';
import { ReferenceService } from './ReferenceService';
import { RuleFinder } from './RuleFinder';
import { type SimulatedShell, shells } from './shells';
import { faultTargets, type TenantModeId, tenantModes } from './tenant-modes';
import { VirtualReader } from './VirtualReader';
import { createWebHidReaderEmulator } from './webhid-emulator';
import { typeLikeWedge } from './wedge-typing';
import { createWorkpathHostEmulator } from './workpath-host-emulator';

interface SimulatorProps {
  /** The mock tenant in this page's service worker; null when the server passes through to the reference service. */
  readonly tenant: BrowserMockTenant | null;
  readonly shell: SimulatedShell;
  /** Read by the service worker's answer to the panel's config.json: change it, then reload the panel. */
  readonly settings: PanelSettings;
}

/** The panel simulator: a shell in a frame at a real panel size, with a reader, its host and the tenant's mood. */
export function Simulator({ tenant, shell, settings }: SimulatorProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [sizeId, setSizeId] = useState<PanelSizeId>(
    panelSize(new URLSearchParams(location.search).get('size')).id,
  );
  const [locale, setLocale] = useState<Locale>(settings.locale);
  const [mode, setMode] = useState<TenantModeId>('normal');
  const [faultTarget, setFaultTarget] = useState<FaultTarget>('both');
  const [registrations, setRegistrations] = useState(0);
  const [enrollRequests, setEnrollRequests] = useState(0);
  const [chain, setChain] = useState(settings.chain);
  const [chainError, setChainError] = useState<{ message: string; position: number } | null>(null);
  const [diagnostics, setDiagnostics] = useState(settings.installerView);
  const [swipes, setSwipes] = useState<readonly LoggedSwipe[]>([]);
  const [deviceUser, setDeviceUser] = useState<string | null>(null);
  const [customConfig, setCustomConfig] = useState(settings.configText !== null);
  const [readerKind, setReaderKind] = useState(settings.reader);
  const size = panelSize(sizeId);

  const workpathHost = useMemo(
    () =>
      createWorkpathHostEmulator({
        onSignIn: (name) => setDeviceUser(name),
        onSignOut: () => setDeviceUser(null),
      }),
    [],
  );
  const [hidReaderOpen, setHidReaderOpen] = useState(false);
  const hidReader = useMemo(() => createWebHidReaderEmulator(() => setHidReaderOpen(true)), []);

  // The host puts its bridge, or the kiosk its granted HID reader, into the panel before the panel
  // starts its card source, which it does once its config.json has arrived.
  settings.onConfigRequest = () => {
    const panel = frame.current?.contentWindow;
    if (!panel) return;
    if (shell.reader === 'workpath-bridge') workpathHost.attach(panel);
    else if (settings.reader === 'webhid') {
      setHidReaderOpen(false);
      hidReader.attach(panel);
    }
  };

  // Every answer the tenant gives may have registered a card: the count shows that none is registered twice.
  useEffect(() => {
    if (!tenant) return;
    const update = () => setRegistrations(tenant.office.registrations.length);
    // Each registration request the panel sends, retries included: a submit must send one, not several.
    const count = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/cards/enroll'))
        setEnrollRequests((n) => n + 1);
    };
    tenant.worker.events.on('response:mocked', update);
    tenant.worker.events.on('request:start', count);
    return () => {
      tenant.worker.events.removeListener('response:mocked', update);
      tenant.worker.events.removeListener('request:start', count);
    };
  }, [tenant]);

  const applyFault = (mock: BrowserMockTenant, nextMode: TenantModeId, nextTarget: FaultTarget) => {
    setMode(nextMode);
    setFaultTarget(nextTarget);
    mock.faults.set(tenantModes.find((m) => m.id === nextMode)?.fault(nextTarget) ?? null);
  };

  // The panel reports swipes (with what its conversion made of them) for the log and the rule finder.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || event.source !== frame.current?.contentWindow) return;
      if (!isShellMessage(event.data)) return;
      const message = event.data;
      if (message.type === 'swiped')
        setSwipes((log) => [{ read: message.read, outcome: message.outcome }, ...log].slice(0, 6));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const reloadPanel = () => frame.current?.contentWindow?.location.reload();

  const swipe = (card: string) => {
    const panel = frame.current?.contentWindow;
    if (!panel) return;
    if (shell.reader === 'workpath-bridge') workpathHost.swipe(card);
    else if (readerKind === 'webhid') hidReader.swipe(card);
    else typeLikeWedge(panel, shell.reader === 'km-keyboard' ? encodeAsciiHex(card) : card);
  };

  const applyChain = (next: string) => {
    const compiled = compileReadConverter(next);
    setChainError(compiled.ok ? null : compiled.error);
    if (!compiled.ok) return;
    setChain(next);
    settings.chain = next;
    sendToPanel(frame.current, { type: 'conversion', chain: next });
  };

  return (
    <div class="simulator">
      <header class="simulator__header">
        <h1>Panel simulator</h1>
        <p>
          {shell.label} shell, as built for the panel ·{' '}
          {tenant ? "demo tenant in this page's service worker" : 'the reference service (apps/cloud)'}
        </p>
      </header>
      <main class="simulator__body" aria-label="Panel simulator">
        <iframe
          ref={frame}
          class="simulator__panel"
          title="Printer panel"
          name="panel"
          src={`/${shell.id}/`}
          width={size.width}
          height={size.height}
        />
        <aside class="simulator__controls" aria-label="Simulator controls">
          <VirtualReader
            readerKinds={shell.id === 'webclient' ? ['keyboard', 'webhid'] : null}
            readerKind={readerKind}
            readerStatus={
              readerKind === 'webhid'
                ? hidReaderOpen
                  ? 'The panel has opened the WebHID reader'
                  : 'Waiting for the panel to open the WebHID reader'
                : null
            }
            readerNote={
              shell.reader === 'km-keyboard'
                ? 'A Konica Minolta reader: it types each character of the card number as its ASCII code, then FFFF.'
                : null
            }
            onReaderKind={(kind) => {
              setReaderKind(kind);
              settings.reader = kind;
              reloadPanel();
            }}
            onSwipe={swipe}
            onAssign={
              tenant
                ? (cardNumber, username) => tenant.office.assignCard(cardNumber.toUpperCase(), username)
                : undefined
            }
          />
          {shell.reader === 'workpath-bridge' ? (
            <DeviceSession user={deviceUser} onEndSession={() => workpathHost.endSession()} />
          ) : null}
          <CardReadingControls
            chain={chain}
            chainError={chainError}
            onApplyChain={applyChain}
            diagnostics={diagnostics}
            onDiagnostics={(on) => {
              setDiagnostics(on);
              settings.installerView = on;
              sendToPanel(frame.current, { type: 'diagnostics', on });
            }}
            swipes={swipes}
          />
          <RuleFinder recentReads={swipes.map((s) => s.read)} onUse={applyChain} />
          <fieldset class="control">
            <legend>Panel</legend>
            <label>
              Shell
              <select
                value={shell.id}
                onChange={(event) => {
                  const params = new URLSearchParams({ shell: event.currentTarget.value, size: sizeId });
                  location.search = params.toString();
                }}
              >
                {shells.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
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
                  settings.locale = next;
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
          {tenant ? (
            <fieldset class="control">
              <legend>Tenant</legend>
              {tenantModes.map((m) => (
                <label key={m.id} class="control__choice">
                  <input
                    type="radio"
                    name="tenant-mode"
                    checked={mode === m.id}
                    onChange={() => applyFault(tenant, m.id, faultTarget)}
                  />
                  {m.label}
                </label>
              ))}
              <label>
                Fault hits
                <select
                  value={faultTarget}
                  onChange={(event) => applyFault(tenant, mode, event.currentTarget.value as FaultTarget)}
                >
                  {faultTargets.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.label}
                    </option>
                  ))}
                </select>
              </label>
              <p class="control__status" role="status" aria-label="Registrations">
                Cards registered at the panel: {registrations}
              </p>
              <p class="control__status" role="status" aria-label="Registration requests">
                Registration requests received: {enrollRequests}
              </p>
              <PhoneHandover tenant={tenant} />
            </fieldset>
          ) : (
            <ReferenceService />
          )}
          <ConfigEditor
            demoText={() => demoConfigText(settings)}
            custom={customConfig}
            onRestart={(text) => {
              settings.configText = text;
              setCustomConfig(text !== null);
              reloadPanel();
            }}
          />
        </aside>
      </main>
    </div>
  );
}

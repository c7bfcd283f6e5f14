interface DeviceSessionProps {
  /** Who the emulated Workpath host signed in on the device, if anyone. */
  readonly user: string | null;
  readonly onEndSession: () => void;
}

/** The device around the Workpath shell: whom the panel handed over to, and the device's own logout. */
export function DeviceSession({ user, onEndSession }: DeviceSessionProps) {
  return (
    <fieldset class="control">
      <legend>Workpath device</legend>
      <p class="control__status" role="status" aria-label="Device session">
        {user ? `Signed in on the device as ${user}` : 'Nobody is signed in on the device'}
      </p>
      <button type="button" class="control__secondary" disabled={!user} onClick={onEndSession}>
        Log out at the device
      </button>
    </fieldset>
  );
}

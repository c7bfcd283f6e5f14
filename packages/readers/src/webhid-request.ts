/**
 * Shows the browser's device chooser for readers matching `filters`; resolves with the devices granted (none
 * when the person cancels). Must run inside a user gesture (a click handler), or the browser rejects it.
 */
export async function requestWebHidReader(
  hid: HID,
  filters: readonly HIDDeviceFilter[],
): Promise<readonly HIDDevice[]> {
  return hid.requestDevice({ filters: [...filters] });
}

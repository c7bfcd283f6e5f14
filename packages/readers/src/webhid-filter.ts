/**
 * Whether a device matches any of `filters`, as `requestDevice()` matches them (WebHID spec, "match a device
 * filter"). `getDevices()` returns every device the page was ever granted, so the source filters again.
 */
export function matchesHidFilters(device: HIDDevice, filters: readonly HIDDeviceFilter[]): boolean {
  // An empty list matches every device, as it does for requestDevice().
  return filters.length === 0 || filters.some((filter) => matchesFilter(device, filter));
}

function matchesFilter(device: HIDDevice, filter: HIDDeviceFilter): boolean {
  if (filter.vendorId !== undefined && device.vendorId !== filter.vendorId) return false;
  if (filter.productId !== undefined && device.productId !== filter.productId) return false;
  if (filter.usagePage === undefined) return true;
  return device.collections.some(
    (collection) =>
      collection.usagePage === filter.usagePage &&
      (filter.usage === undefined || collection.usage === filter.usage),
  );
}

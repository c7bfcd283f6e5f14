// The config.json the bench serves beside a shell's panel: the shell's shipped file, with the two
// placeholders an installer must replace filled in for the bench's own tenant.

/**
 * The shipped config (`apps/<shell>/dist/panel/config.json`), pointed at the bench's tenant. Everything
 * else (conversion chain, reader, timeouts) stays as the shell ships it, so the panel runs its defaults.
 * @param {Record<string, unknown>} shipped
 * @param {{ tenantUrl: string, terminalKey: string }} tenant
 * @returns {Record<string, unknown>}
 */
export function benchConfig(shipped, { tenantUrl, terminalKey }) {
  if (typeof shipped !== 'object' || shipped === null || Array.isArray(shipped)) {
    throw new Error('The shipped config.json does not hold one object of settings.');
  }
  if (!('tenantUrl' in shipped) || !('terminalKey' in shipped)) {
    throw new Error('The shipped config.json has no tenantUrl or terminalKey to fill in.');
  }
  return { ...shipped, tenantUrl, terminalKey };
}

/** Marks a body that is empty or not JSON, so callers can tell it from a JSON `null`. */
export const notJson: unique symbol = Symbol('notJson');

/** The body parsed as JSON whatever its content type, or `notJson`; proxies often mislabel both ways. */
export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The parser's message quotes the body; dropping it keeps odd tenant output out of our logs.
    return notJson;
  }
}

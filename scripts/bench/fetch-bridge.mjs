// Node's http messages to and from the Fetch API's Request and Response, which the mock tenant's msw
// handlers speak.

/**
 * The Fetch Request for an incoming node http request whose body has been read.
 * @param {{ method?: string | undefined, url?: string | undefined, headers: import('node:http').IncomingHttpHeaders }} incoming
 * @param {Uint8Array} body
 * @param {string} origin e.g. `http://127.0.0.1:5291`, which the request was sent to
 * @returns {Request}
 */
export function toFetchRequest(incoming, body, origin) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = (incoming.method ?? 'GET').toUpperCase();
  const bodyless = method === 'GET' || method === 'HEAD';
  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    ...(bodyless ? {} : { body: new Uint8Array(body) }),
  });
}

/**
 * Writes a Fetch Response to a node http response, headers and body as they are.
 * @param {Response} response
 * @param {Pick<import('node:http').ServerResponse, 'writeHead' | 'end'>} outgoing
 */
export async function sendFetchResponse(response, outgoing) {
  const body = new Uint8Array(await response.arrayBuffer());
  /** @type {Record<string, string>} */
  const headers = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers['content-length'] = String(body.length);
  outgoing.writeHead(response.status, headers);
  outgoing.end(body);
}

/**
 * A browser without a screen, for journeys through an identity provider: it keeps cookies per host (as a
 * browser does, across ports), follows redirects, and submits the provider's HTML forms. Cookie paths and
 * SameSite are not modelled: it sends a host's every cookie, which only makes the service's checks harder.
 */
export interface Page {
  readonly url: string;
  readonly status: number;
  readonly text: string;
}

const decodeEntities = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attribute = (tag: string, name: string) =>
  decodeEntities(new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1] ?? '');

export function testBrowser() {
  const jar = new Map<string, Map<string, string>>();
  const cookiesOf = (url: URL) => {
    let cookies = jar.get(url.hostname);
    if (cookies === undefined) {
      cookies = new Map();
      jar.set(url.hostname, cookies);
    }
    return cookies;
  };

  /** One request, no redirect followed; cookies sent and kept. */
  async function fetchOnce(url: URL, init: RequestInit = {}): Promise<Response> {
    const cookies = cookiesOf(url);
    const headers = new Headers(init.headers);
    if (cookies.size > 0)
      headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone =
        value === '' ||
        attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (gone) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  }

  /** Goes to `url` (a GET, or a form's POST) and follows redirects to the page at the end. */
  async function open(url: string | URL, init: RequestInit = {}): Promise<Page> {
    let current = new URL(url);
    let response = await fetchOnce(current, init);
    for (let hops = 0; response.status >= 300 && response.status < 400; hops += 1) {
      if (hops === 20) throw new Error(`too many redirects from ${url}`);
      const location = response.headers.get('Location');
      if (location === null) break;
      await response.body?.cancel();
      current = new URL(location, current);
      response = await fetchOnce(current);
    }
    return { url: current.href, status: response.status, text: await response.text() };
  }

  /** The first redirect `url` answers with, unfollowed (to stop at a callback, say). */
  async function redirectOf(url: string | URL, init: RequestInit = {}): Promise<string> {
    const response = await fetchOnce(new URL(url), init);
    await response.body?.cancel();
    const location = response.headers.get('Location');
    if (location === null) throw new Error(`${url} answered ${response.status}, not a redirect`);
    return new URL(location, url).href;
  }

  /** Fills the page's first form (its hidden fields, plus `fields`) and submits it, following redirects. */
  function submit(page: Page, fields: Readonly<Record<string, string>> = {}, follow = true) {
    const form = /<form\b[^>]*>[\s\S]*?<\/form>/i.exec(page.text)?.[0];
    if (form === undefined) throw new Error(`no form on ${page.url}:\n${page.text.slice(0, 500)}`);
    const tag = /<form\b[^>]*>/i.exec(form)?.[0] ?? '';
    const body = new URLSearchParams();
    for (const input of form.match(/<input\b[^>]*>/gi) ?? []) {
      const name = attribute(input, 'name');
      if (name !== '' && /type="hidden"/i.test(input)) body.set(name, attribute(input, 'value'));
    }
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    const init: RequestInit = {
      method: (attribute(tag, 'method') || 'get').toUpperCase(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    };
    const action = new URL(attribute(tag, 'action') || page.url, page.url);
    return follow ? open(action, init) : redirectOf(action, init);
  }

  return {
    open,
    redirectOf,
    submit,
    fetch: fetchOnce,
    cookie: (url: string, name: string) => cookiesOf(new URL(url)).get(name),
  };
}

export type TestBrowser = ReturnType<typeof testBrowser>;

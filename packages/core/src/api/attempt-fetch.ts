/**
 * The fetch ky calls for each attempt of one call: counts the attempt and, for a POST, puts the JSON text
 * on the request there. Ky's own Request then carries no body, because a Request body is a stream: ky
 * clones (tees) it before every attempt to keep one for a retry, and Chromium then uploads it as a
 * stream, together some 10 ms of a slow panel CPU per call; a string is sent as it is, and resent as it
 * is on a retry. Counting here instead of in a `beforeRequest` hook spares the hook's await, so the
 * request leaves before the panel renders anything.
 */
export function attemptFetch(
  fetchImpl: () => typeof fetch,
  jsonText: string | undefined,
  onAttempt: () => void,
): typeof fetch {
  return (input, init) => {
    onAttempt();
    if (jsonText === undefined) return fetchImpl()(input, init);
    // Ky always passes its Request; the new one keeps its method, headers and signal. A text body
    // would make it text/plain.
    const request = new Request(input, { body: jsonText });
    request.headers.set('Content-Type', 'application/json');
    return fetchImpl()(request, init);
  };
}

import * as v from 'valibot';

/** The longest text field the service takes, unless a field says otherwise. */
export const maxTextLength = 1024;

/** A required text field of a request: 1 to `max` characters, as the service takes it. */
export const requiredText = (max = maxTextLength) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

/** An opaque id or token in an answer: never empty. */
export const NonEmptyText = v.pipe(v.string(), v.minLength(1));

/** An absolute http(s) URL: a panel puts it in an `<img>` or shows it, so nothing else may pass. */
export const WebAddress = v.pipe(v.string(), v.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i));

/** An instant in ISO 8601, e.g. `2030-01-01T10:05:00.000Z`. */
export const Timestamp = v.pipe(v.string(), v.isoTimestamp());

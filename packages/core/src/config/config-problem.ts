/** What an installer must be told about a config.json the shell cannot run with; `field` is a JSON path. */
export type ConfigProblem =
  | { readonly kind: 'unreadable'; readonly detail: string }
  | { readonly kind: 'notJson'; readonly detail: string }
  | { readonly kind: 'notObject' }
  | { readonly kind: 'missing'; readonly field: string }
  | { readonly kind: 'wrongType'; readonly field: string; readonly expected: ExpectedType }
  | { readonly kind: 'notUrl'; readonly field: string }
  | { readonly kind: 'notHttps'; readonly field: string }
  | { readonly kind: 'outOfRange'; readonly field: string; readonly min: number; readonly max: number }
  | { readonly kind: 'oneOf'; readonly field: string; readonly choices: readonly string[] }
  | { readonly kind: 'notSet'; readonly field: string }
  | { readonly kind: 'chain'; readonly field: string; readonly position: number; readonly detail: string }
  | { readonly kind: 'unknownField'; readonly field: string };

/** The JSON types a field can want, named the way the panel explains them. */
export type ExpectedType = 'text' | 'yesNo' | 'number' | 'group' | 'list';

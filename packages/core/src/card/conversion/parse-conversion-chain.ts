import type { ConversionChain, ConversionStep } from './conversion-chain';
import { type ConversionRule, PASS } from './conversion-rule';
import { compileCardRegex } from './regex-rule';
import { findRuleSpec, type ParameterKind, type RuleSpec } from './rule-catalog';
import { unknownRuleMessage } from './unknown-rule-message';

/** Why a chain's text is not a chain: what is wrong, where (0-based index into the text), in which rule. */
export interface ChainSyntaxError {
  readonly message: string;
  readonly position: number;
  readonly rule?: string;
}

export type ParseConversionChainResult =
  | { readonly ok: true; readonly chain: ConversionChain }
  | { readonly ok: false; readonly error: ChainSyntaxError };

/**
 * Reads a chain in SAFEQ syntax: rules separated by `;`, branches on the same input joined by `+`,
 * arguments in parentheses (double-quote one that holds `,;+()` or spaces; `""` is a quote).
 */
export function parseConversionChain(text: string): ParseConversionChainResult {
  try {
    return { ok: true, chain: new ChainParser(text).chain() };
  } catch (thrown) {
    if (thrown instanceof SyntaxFailure) return { ok: false, error: thrown.error };
    throw thrown;
  }
}

class SyntaxFailure {
  constructor(readonly error: ChainSyntaxError) {}
}

interface RawArgument {
  readonly text: string;
  readonly position: number;
}

const namePattern = /[A-Za-z][A-Za-z0-9]*/y;
const barePattern = /[^\s(),;+"]+/y;
const unclosed = 'unbalanced parenthesis: "(" is not closed (double-quote an argument that holds ";" or "+")';

class ChainParser {
  private position = 0;

  constructor(private readonly text: string) {}

  chain(): ConversionChain {
    this.skipSpace();
    if (this.atEnd()) this.fail(0, 'the conversion chain is empty');
    const first = this.step();
    const rest: ConversionStep[] = [];
    for (;;) {
      this.skipSpace();
      const next = this.peek();
      if (next === undefined) return { steps: [first, ...rest] };
      if (next === ';') {
        this.position += 1;
        this.skipSpace();
        rest.push(this.step());
      } else if (next === ')') {
        this.fail(this.position, 'unbalanced parenthesis: ")" without "("');
      } else {
        this.fail(this.position, `expected ";" or "+" before "${next}"`);
      }
    }
  }

  private step(): ConversionStep {
    const first = this.rule(false);
    const rest: ConversionRule[] = [];
    for (;;) {
      const before = this.position;
      this.skipSpace();
      if (this.peek() !== '+') {
        this.position = before;
        return [first, ...rest];
      }
      this.position += 1;
      this.skipSpace();
      rest.push(this.rule(true));
    }
  }

  private rule(afterPlus: boolean): ConversionRule {
    const start = this.position;
    const next = this.peek();
    if (next === undefined || next === ';') {
      this.fail(start, afterPlus ? 'a rule is missing after "+"' : 'empty step: a rule is missing');
    }
    if (next === '+') this.fail(start, 'a rule is missing before "+"');
    const name = this.match(namePattern);
    if (name === null) this.fail(start, `expected a rule name, found "${next}"`);
    const spec = findRuleSpec(name);
    if (spec === undefined) this.fail(start, unknownRuleMessage(name), name);
    const afterName = this.position;
    this.skipSpace();
    let args: RawArgument[] = [];
    let argumentsAt = start;
    if (this.peek() === '(') {
      argumentsAt = this.position;
      args = this.argumentList(name);
    } else {
      this.position = afterName;
    }
    return spec.build(this.checkArguments(spec, args, argumentsAt));
  }

  private argumentList(rule: string): RawArgument[] {
    const open = this.position;
    this.position += 1;
    this.skipSpace();
    if (this.peek() === ')') {
      this.position += 1;
      return [];
    }
    const args: RawArgument[] = [];
    for (;;) {
      args.push(this.argument(open, rule));
      this.skipSpace();
      const next = this.peek();
      this.position += 1;
      if (next === ')') return args;
      if (next === ',') {
        this.skipSpace();
        continue;
      }
      this.position -= 1;
      if (next === undefined || next === ';' || next === '+') this.fail(open, unclosed, rule);
      this.fail(this.position, `unexpected "${next}" in the arguments of ${rule}`, rule);
    }
  }

  private argument(open: number, rule: string): RawArgument {
    const position = this.position;
    const next = this.peek();
    if (next === '"') return { text: this.quoted(rule), position };
    const bare = this.match(barePattern);
    if (bare !== null) return { text: bare, position };
    if (next === ',' || next === ')') this.fail(position, `empty argument in ${rule}`, rule);
    if (next === undefined || next === ';' || next === '+') this.fail(open, unclosed, rule);
    return this.fail(position, `unexpected "${next}" in the arguments of ${rule}`, rule);
  }

  private quoted(rule: string): string {
    const open = this.position;
    let value = '';
    this.position += 1;
    for (;;) {
      const next = this.peek();
      if (next === undefined) this.fail(open, 'unterminated quoted argument: the closing " is missing', rule);
      this.position += 1;
      if (next !== '"') {
        value += next;
      } else if (this.peek() === '"') {
        value += '"';
        this.position += 1;
      } else {
        return value;
      }
    }
  }

  private checkArguments(spec: RuleSpec, args: readonly RawArgument[], at: number): (string | number)[] {
    const most = spec.parameters.length;
    const least = most - spec.optional;
    if (args.length < least || args.length > most) {
      const wanted =
        least === most ? `${most} argument${most === 1 ? '' : 's'}` : `${least} or ${most} arguments`;
      const where = args[most]?.position ?? at;
      this.fail(
        where,
        `${spec.syntax} takes ${most === 0 ? 'no arguments' : wanted}, found ${args.length}`,
        spec.name,
      );
    }
    const values = args.map((arg, index) => this.convert(spec, arg, spec.parameters[index] ?? 'text', index));
    const [start, end] = values;
    if (
      spec.name === 'Substring' &&
      typeof start === 'number' &&
      typeof end === 'number' &&
      start >= 0 &&
      end < start
    ) {
      this.fail(
        args[1]?.position ?? at,
        'Substring(n,m): m is the end index (exclusive) and must not be less than n',
        spec.name,
      );
    }
    return values;
  }

  private convert(spec: RuleSpec, arg: RawArgument, kind: ParameterKind, index: number): string | number {
    const which = `${spec.syntax}: argument ${index + 1}`;
    const fail = (must: string): never =>
      this.fail(arg.position, `${which} must be ${must}, found "${arg.text}"`, spec.name);
    switch (kind) {
      case 'integer':
      case 'count': {
        const pattern = kind === 'integer' ? /^-?\d+$/ : /^\d+$/;
        const value = Number(arg.text);
        if (!pattern.test(arg.text))
          fail(kind === 'integer' ? 'a whole number' : 'a whole number, 0 or more');
        if (!Number.isSafeInteger(value)) fail('a smaller number');
        return value === 0 ? 0 : value;
      }
      case 'char':
        if ([...arg.text].length !== 1) fail('exactly one character');
        return arg.text;
      case 'text':
        if (arg.text.length === 0) fail('some text');
        return arg.text;
      case 'pattern': {
        const compiled = compileCardRegex(arg.text);
        if (!compiled.ok) this.fail(arg.position, `${which} ${compiled.reason}`, spec.name);
        return arg.text;
      }
      case 'pass':
        if (arg.text !== PASS) fail(`the word ${PASS} (other input passes through unchanged)`);
        return arg.text;
      default: {
        const unknown: never = kind;
        return unknown;
      }
    }
  }

  private match(pattern: RegExp): string | null {
    pattern.lastIndex = this.position;
    const found = pattern.exec(this.text);
    if (found === null) return null;
    this.position += found[0].length;
    return found[0];
  }

  private skipSpace(): void {
    while (/\s/.test(this.peek() ?? '')) this.position += 1;
  }

  private peek(): string | undefined {
    return this.text[this.position];
  }

  private atEnd(): boolean {
    return this.position >= this.text.length;
  }

  private fail(position: number, message: string, rule?: string): never {
    throw new SyntaxFailure(rule === undefined ? { message, position } : { message, position, rule });
  }
}

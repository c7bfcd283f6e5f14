import { applyRule } from './apply-rule';
import type { ConversionChain } from './conversion-chain';
import { formatConversionRule, formatConversionStep } from './format-conversion-chain';

/** What one step did, for the installer's diagnostic view and the finder's explanations. */
export interface ConversionTraceStep {
  /** 0-based index of the step in the chain. */
  readonly step: number;
  /** The step in canonical form, e.g. `Hex2Dec` or `LeftPadding(0,3) + Substring(2,6)`. */
  readonly rules: string;
  readonly input: string;
  readonly output: string;
  /** Each branch's output, when the step joins several rules with `+`. */
  readonly branches?: readonly string[];
}

export type ConversionSuccess = { readonly ok: true; readonly cardNumber: string };
/** A read the chain cannot convert: which step and rule refused it, on what input, and why. */
export type ConversionFailure = {
  readonly ok: false;
  readonly step: number;
  readonly rule: string;
  readonly input: string;
  readonly reason: string;
};
export type ConversionOutcome = ConversionSuccess | ConversionFailure;
/** An outcome with the steps that ran, up to and including a failing one's predecessors. */
export type TracedConversionOutcome = ConversionOutcome & { readonly trace: readonly ConversionTraceStep[] };

/**
 * Converts one read with a chain. Never throws: a read the chain cannot convert, or one it turns
 * into an empty string, is a failure value naming the rule. `{ trace: true }` adds every step.
 */
export function runConversionChain(chain: ConversionChain, read: string): ConversionOutcome;
export function runConversionChain(
  chain: ConversionChain,
  read: string,
  options: { trace: true },
): TracedConversionOutcome;
export function runConversionChain(
  chain: ConversionChain,
  read: string,
  options?: { trace?: boolean },
): ConversionOutcome | TracedConversionOutcome {
  const trace: ConversionTraceStep[] = [];
  const finish = (outcome: ConversionOutcome) => (options?.trace === true ? { ...outcome, trace } : outcome);
  let value = read;
  let lastInput = read;
  for (const [index, step] of chain.steps.entries()) {
    const outputs: string[] = [];
    for (const rule of step) {
      const result = applyRule(rule, value, read);
      if (!result.ok) {
        return finish({
          ok: false,
          step: index,
          rule: formatConversionRule(rule),
          input: value,
          reason: result.reason,
        });
      }
      outputs.push(result.output);
    }
    const output = outputs.join('');
    if (options?.trace === true) {
      const rules = formatConversionStep(step);
      trace.push(
        outputs.length > 1
          ? { step: index, rules, input: value, output, branches: outputs }
          : { step: index, rules, input: value, output },
      );
    }
    lastInput = value;
    value = output;
  }
  if (value.length === 0) {
    const last = chain.steps.length - 1;
    const step = chain.steps[last] ?? chain.steps[0];
    return finish({
      ok: false,
      step: last,
      rule: formatConversionStep(step),
      input: lastInput,
      reason: 'the chain produced an empty card number',
    });
  }
  return finish({ ok: true, cardNumber: value });
}

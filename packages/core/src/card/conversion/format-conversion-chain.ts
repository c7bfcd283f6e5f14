import type { ConversionChain, ConversionStep } from './conversion-chain';
import { type ConversionRule, ruleArguments } from './conversion-rule';

/** Characters an argument may hold without quotes; anything else is written in double quotes. */
export const bareArgumentPattern = /^[^\s(),;+"]+$/;

function formatArgument(argument: string | number): string {
  const text = String(argument);
  return bareArgumentPattern.test(text) ? text : `"${text.replaceAll('"', '""')}"`;
}

/** One rule in canonical form: `Hex2Dec`, `Substring(2,6)`, `Regex("^;(\d+)")`. */
export function formatConversionRule(rule: ConversionRule): string {
  const args = ruleArguments(rule);
  return args.length === 0 ? rule.name : `${rule.name}(${args.map(formatArgument).join(',')})`;
}

/** One step in canonical form: its rules joined by ` + `. */
export function formatConversionStep(step: ConversionStep): string {
  return step.map(formatConversionRule).join(' + ');
}

/** A chain in canonical form, which parses back to the same chain: steps joined by `;`. */
export function formatConversionChain(chain: ConversionChain): string {
  return chain.steps.map(formatConversionStep).join(';');
}

import { parseConversionChain, runConversionChain } from '@cardenroll/core';
import { type CardToolIo, exitCode } from './card-tool-io';
import { showPosition } from './show-position';

/** `card convert --rules '<chain>' [--trace] <read>...`: one card number per read, in order. */
export function convertCommand(args: readonly string[], io: CardToolIo): number {
  let rules: string | undefined;
  let trace = false;
  const reads: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--rules' || arg === '-r') {
      rules = args[index + 1];
      index += 1;
    } else if (arg.startsWith('--rules=')) {
      rules = arg.slice('--rules='.length);
    } else if (arg === '--trace') {
      trace = true;
    } else if (arg === '--') {
      reads.push(...args.slice(index + 1));
      break;
    } else {
      reads.push(arg);
    }
  }
  if (rules === undefined || reads.length === 0) {
    io.err("card: convert needs --rules '<chain>' and at least one read (see card --help)");
    return exitCode.usage;
  }
  const parsed = parseConversionChain(rules);
  if (!parsed.ok) {
    const { message, position } = parsed.error;
    io.err(`card: bad conversion chain at position ${position}: ${message}`);
    for (const line of showPosition(rules, position)) io.err(`  ${line}`);
    return exitCode.failed;
  }
  let code: number = exitCode.ok;
  for (const read of reads) {
    const outcome = runConversionChain(parsed.chain, read, { trace: true });
    if (outcome.ok) {
      io.out(outcome.cardNumber);
    } else {
      io.err(
        `card: cannot convert ${JSON.stringify(read)}: step ${outcome.step + 1}, ${outcome.rule}: ${outcome.reason}`,
      );
      code = exitCode.failed;
    }
    if (trace) for (const step of outcome.trace) io.out(`  ${step.rules}: ${step.input} → ${step.output}`);
  }
  return code;
}

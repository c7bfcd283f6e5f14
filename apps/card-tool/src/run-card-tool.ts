import { type CardToolIo, exitCode } from './card-tool-io';
import { convertCommand } from './convert-command';
import { findCommand } from './find-command';
import { usage } from './usage';

export type { CardToolIo } from './card-tool-io';

/**
 * The whole `card` command as a function of its arguments (without `node` and the script) that
 * writes lines and returns the exit code, so tests need no process.
 */
export function runCardTool(argv: readonly string[], io: CardToolIo): number {
  const [command, ...args] = argv;
  switch (command) {
    case 'convert':
      return convertCommand(args, io);
    case 'find':
      return findCommand(args, io);
    case '--help':
    case '-h':
    case 'help':
      for (const line of usage()) io.out(line);
      return exitCode.ok;
    default:
      io.err(
        command === undefined
          ? 'card: a command is missing'
          : `card: unknown command ${JSON.stringify(command)}`,
      );
      for (const line of usage()) io.err(line);
      return exitCode.usage;
  }
}

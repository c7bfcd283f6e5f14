/** The command line of the reference enrollment service: `npm run cloud -- <command>` (see `--help`). */
import {
  forgetCardsCommand,
  importCommand,
  type Output,
  resetCommand,
  serveCommand,
  settingsCommand,
  terminalsCommand,
  usage,
} from './cli/commands';
import { stdinPassword } from './cli/password-prompt';
import { usersCommand } from './cli/users-command';
import { cloudConfigFromEnv } from './config';

const output: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function main(argv: readonly string[]): Promise<number | 'running'> {
  const [command = 'serve', ...args] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    output.out(usage);
    return 0;
  }
  const fromEnv = cloudConfigFromEnv();
  const config = args.includes('--demo') ? { ...fromEnv, demo: true } : fromEnv;
  switch (command) {
    case 'serve': {
      const close = await serveCommand(config, output);
      const stop = () => {
        void close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return 'running';
    }
    case 'import':
      return importCommand(config, args, output);
    case 'settings':
      return settingsCommand(config, args, output);
    case 'terminals':
      return terminalsCommand(config, args, output);
    case 'users':
      return usersCommand(config, args, output, stdinPassword(output.err));
    case 'admin':
      // `admin create <name>`: the first administrator of a new installation, as `users add <name> --admin`.
      if (args[0] !== 'create' || args.length !== 2) {
        output.err('admin create <username>');
        return 2;
      }
      return usersCommand(config, ['add', args[1] ?? '', '--admin'], output, stdinPassword(output.err));
    case 'reset':
      return resetCommand(config, args, output);
    case 'forget-cards':
      return forgetCardsCommand(config, args, output);
    default:
      output.err(`unknown command: ${command}\n\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 'running') process.exitCode = code;
  },
  (error: unknown) => {
    output.err(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);

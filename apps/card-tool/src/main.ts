import { runCardTool } from './run-card-tool';

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};
process.exitCode = runCardTool(process.argv.slice(2), io);

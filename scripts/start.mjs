// `npm start`: build every workspace, then serve the panel simulator and print where to open it.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
console.log('Building the shells and the panel simulator…');
const build = spawnSync(npm, ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed (see above), so the simulator was not started.');
  process.exit(build.status ?? 1);
}
await import('../apps/simulator/serve.mjs').then(async ({ serveSimulator }) => {
  const port = Number(process.env.PORT ?? 5173);
  try {
    const { url } = await serveSimulator({ port });
    console.log(
      [
        '',
        `Panel simulator: ${url}`,
        `  with the IWS shell:      ${url}?shell=iws`,
        `  with the Workpath shell: ${url}?shell=workpath`,
        'Stop with Ctrl+C.',
      ].join('\n'),
    );
  } catch (error) {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is busy. Stop what uses it, or choose another: PORT=5180 npm start`
        : `The simulator could not start: ${error.message}`,
    );
    process.exit(1);
  }
});

// `pnpm --filter @comptoir/sdk build`: JavaScript and declarations in dist/ for publishing (the workspace's apps
// import the TypeScript sources directly). tsc does not copy the generated declaration file, so this does.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
mkdirSync('dist/generated', { recursive: true });
copyFileSync('src/generated/openapi.d.ts', 'dist/generated/openapi.d.ts');

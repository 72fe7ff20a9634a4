#!/usr/bin/env node
// `loupe-export`: runs the TypeScript entry (cli/export/main.ts) through tsx, as `npm run hub`
// runs the hub, so the CLI needs no build step. See `loupe-export --help`.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../cli/export/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// The installed `sanxian` command: runs the TypeScript CLI through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');

#!/usr/bin/env node
// The `dpg` command. Node 22.18 or later runs the TypeScript sources directly.
import { runCli } from '../src/cli/main.ts';

const status = await runCli(process.argv.slice(2));
if (status !== 0) process.exitCode = status;

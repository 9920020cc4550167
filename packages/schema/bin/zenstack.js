#!/usr/bin/env node
import { main } from '../dist/cli-bundle/zenstack.js';

process.exitCode = await main(process.argv.slice(2));

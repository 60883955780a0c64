#!/usr/bin/env node
// The `agentcore-actions` command: the bundled CLI (cli/dist, built by `node scripts/build.mjs cli`).
import '../cli/dist/index.js'

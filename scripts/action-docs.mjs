#!/usr/bin/env node
// Writes the inputs and outputs tables of every action's README.md from its action.yml (the source of truth),
// between the markers <!-- inputs:start --> / <!-- inputs:end --> and <!-- outputs:start --> / <!-- outputs:end -->.
// Usage: node scripts/action-docs.mjs [--check]   (--check: exit 1 and list the READMEs that are out of date)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderActionDocs, actionDirectories } from './action-docs-lib.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')
const stale = []
for (const dir of actionDirectories(root, { existsSync, readdirSync })) {
  const readmePath = join(dir, 'README.md')
  if (!existsSync(readmePath)) continue
  const current = readFileSync(readmePath, 'utf8')
  const wanted = renderActionDocs(readFileSync(join(dir, 'action.yml'), 'utf8'), current)
  if (wanted === current) continue
  stale.push(readmePath.slice(root.length + 1))
  if (!check) writeFileSync(readmePath, wanted)
}
if (check && stale.length) {
  console.error(
    `README tables out of date with action.yml (run: node scripts/action-docs.mjs):\n  ${stale.join('\n  ')}`,
  )
  process.exitCode = 1
} else if (!check) {
  console.log(stale.length ? `updated ${stale.join(', ')}` : 'all README tables up to date')
}

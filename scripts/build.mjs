#!/usr/bin/env node
// Bundles every entry point with @vercel/ncc into its committed dist/ folder:
//   actions/<name>/src/index.ts -> actions/<name>/dist/   (each stage action)
//   src/index.ts                -> dist/                  (the root action, when present)
//   cli/src/index.ts            -> cli/dist/              (the agentcore-actions command)
// Usage: node scripts/build.mjs [name ...]   (names: action folder names, `root`, `cli`; default: all)
// Each dist/ is emptied first so that no stale file survives; ncc writes index.js, package.json
// ({"type":"module"}, required for the ESM bundle to load) and licenses.txt.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const entries = []
for (const name of readdirSync(join(root, 'actions')).sort()) {
  const src = join(root, 'actions', name, 'src', 'index.ts')
  if (existsSync(src)) entries.push({ name, src, out: join(root, 'actions', name, 'dist') })
}
if (existsSync(join(root, 'src', 'index.ts')))
  entries.push({ name: 'root', src: join(root, 'src', 'index.ts'), out: join(root, 'dist') })
if (existsSync(join(root, 'cli', 'src', 'index.ts')))
  entries.push({ name: 'cli', src: join(root, 'cli', 'src', 'index.ts'), out: join(root, 'cli', 'dist') })

const wanted = process.argv.slice(2)
const unknown = wanted.filter((w) => !entries.some((e) => e.name === w))
if (unknown.length) {
  console.error(`Unknown entry: ${unknown.join(', ')}. Known: ${entries.map((e) => e.name).join(', ')}`)
  process.exitCode = 2
} else {
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  for (const entry of entries.filter((e) => wanted.length === 0 || wanted.includes(e.name))) {
    rmSync(entry.out, { recursive: true, force: true })
    const started = Date.now()
    execFileSync(
      process.execPath,
      [ncc, 'build', entry.src, '-o', entry.out, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
    console.log(`built ${entry.name} -> ${entry.out.slice(root.length + 1)} (${Date.now() - started} ms)`)
  }
}

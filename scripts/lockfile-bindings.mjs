#!/usr/bin/env node
// Keeps `npm ci` working on a fresh clone. unrs-resolver (used by jest 30 and eslint-plugin-import-x) lists one
// native binding per platform as optional dependencies; the npm registry mirror our machines reach serves only the
// linux ones, so `npm install` leaves the others out of package-lock.json and `npm ci` then refuses the lock as "out of
// sync". This adds a lock entry (version, os, cpu) for each missing binding; npm ci skips them on linux and never
// downloads them. Run it after any `npm install` that rewrites the lock: node scripts/lockfile-bindings.mjs
import { readFileSync, writeFileSync } from 'node:fs'

const PLATFORMS = {
  'android-arm-eabi': ['android', 'arm'],
  'android-arm64': ['android', 'arm64'],
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'freebsd-x64': ['freebsd', 'x64'],
  'linux-arm-gnueabihf': ['linux', 'arm', 'glibc'],
  'linux-arm-musleabihf': ['linux', 'arm', 'musl'],
  'linux-loong64-gnu': ['linux', 'loong64', 'glibc'],
  'linux-loong64-musl': ['linux', 'loong64', 'musl'],
  'linux-ppc64-gnu': ['linux', 'ppc64', 'glibc'],
  'linux-riscv64-gnu': ['linux', 'riscv64', 'glibc'],
  'linux-riscv64-musl': ['linux', 'riscv64', 'musl'],
  'linux-s390x-gnu': ['linux', 's390x', 'glibc'],
  'openharmony-arm64': ['openharmony', 'arm64'],
  'win32-arm64-msvc': ['win32', 'arm64'],
  'win32-ia32-msvc': ['win32', 'ia32'],
  'win32-x64-msvc': ['win32', 'x64'],
}

const path = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(path, 'utf8'))
const packages = lock.packages
const optional = packages['node_modules/unrs-resolver']?.optionalDependencies ?? {}
let added = 0
for (const [name, version] of Object.entries(optional)) {
  const key = `node_modules/${name}`
  const platform = PLATFORMS[name.split('resolver-binding-')[1]]
  if (packages[key] || !platform) continue
  const [os, cpu, libc] = platform
  packages[key] = {
    version,
    cpu: [cpu],
    dev: true,
    license: 'MIT',
    optional: true,
    os: [os],
    ...(libc ? { libc: [libc] } : {}),
  }
  added += 1
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
)
lock.packages = sorted
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`lockfile-bindings: added ${added} entr${added === 1 ? 'y' : 'ies'}`)

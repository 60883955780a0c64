/**
 * Regenerates what docs derive from the config schema: docs/schema/agentcore.schema.json and the key reference
 * section of docs/config.md. Run after changing shared/config/schema.ts:
 *   npx tsx cli/scripts/generate-config-docs.ts
 * The tests in __tests__/shared/config/json-schema.test.ts fail until the committed files match.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { configJsonSchemaText, JSON_SCHEMA_PATH } from '../../shared/config/json-schema.js'
import { REFERENCE_BEGIN, REFERENCE_END, renderConfigReference } from '../../shared/config/reference.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

writeFileSync(join(root, JSON_SCHEMA_PATH), configJsonSchemaText())
console.log(`wrote ${JSON_SCHEMA_PATH}`)

const docsPath = join(root, 'docs', 'config.md')
const docs = readFileSync(docsPath, 'utf8')
const start = docs.indexOf(REFERENCE_BEGIN)
const end = docs.indexOf(REFERENCE_END)
if (start < 0 || end < start) {
  console.error(
    `docs/config.md has no generated section; add the two marker lines:\n${REFERENCE_BEGIN}\n${REFERENCE_END}`,
  )
  process.exitCode = 1
} else {
  writeFileSync(docsPath, docs.slice(0, start) + renderConfigReference() + docs.slice(end + REFERENCE_END.length))
  console.log('wrote docs/config.md (key reference)')
}

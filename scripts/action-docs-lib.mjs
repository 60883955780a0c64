// Pure helpers behind scripts/action-docs.mjs (also used by the test that keeps READMEs in sync).
import { join } from 'node:path'
import { parse } from 'yaml'

/** Folders holding an action.yml: the root action and every actions/<name>/. */
export function actionDirectories(root, fs) {
  const dirs = []
  if (fs.existsSync(join(root, 'action.yml'))) dirs.push(root)
  for (const name of fs.readdirSync(join(root, 'actions')).sort()) {
    if (fs.existsSync(join(root, 'actions', name, 'action.yml'))) dirs.push(join(root, 'actions', name))
  }
  return dirs
}

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .trim()

/** The inputs table. */
export function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, spec]) => {
    const fallback = spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``
    return `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${fallback} | ${cell(spec.description)} |`
  })
  return ['| input | required | default | description |', '|---|---|---|---|', ...rows].join('\n')
}

/** The outputs table. */
export function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`)
  return ['| output | description |', '|---|---|', ...rows].join('\n')
}

function replaceBetween(text, marker, body) {
  const start = `<!-- ${marker}:start -->`
  const end = `<!-- ${marker}:end -->`
  const i = text.indexOf(start)
  const j = text.indexOf(end)
  if (i < 0 || j < i) return text
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`
}

/** The README with its generated tables replaced from the action.yml text. */
export function renderActionDocs(actionYml, readme) {
  const action = parse(actionYml)
  return replaceBetween(replaceBetween(readme, 'inputs', inputsTable(action)), 'outputs', outputsTable(action))
}

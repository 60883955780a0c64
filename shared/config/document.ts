/**
 * Reads the config text (YAML, or JSON, which the YAML parser reads too) into a plain value plus the position of
 * every key and value in it, so that every problem can point at `file:line:col`.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import type { Problem } from '../errors/index.js'

/** A 1-based position in the file. */
export interface Position {
  line: number
  column: number
}

/** Where one path of the document is: its key (for map entries) and its value. */
export interface Located {
  key?: Position
  value: Position
}

/** A path inside the document, as zod reports it. */
export type DocumentPath = readonly (string | number)[]

/** A parsed document: the plain value and a position lookup. */
export interface ConfigDocument {
  value: unknown
  /** Syntax problems (the value is unusable when there are any). */
  syntaxProblems: Problem[]
  /** The exact place of `path`, when it exists in the file. */
  find(path: DocumentPath): Located | undefined
  /** The place of `path`, or of its nearest ancestor that exists (the top of the file at worst). */
  nearest(path: DocumentPath): { located: Located; depth: number }
}

/** Joins a path into a lookup key; `\u0000` cannot appear in YAML keys a user types. */
export function pathKey(path: DocumentPath): string {
  return path.map(String).join('\u0000')
}

/** Parses `text`; never throws on bad input (syntax errors come back as problems). */
export function parseConfigDocument(text: string, file: string): ConfigDocument {
  const lineCounter = new LineCounter()
  // `merge: true` lets users share blocks with `<<: *anchor`; aliases are capped to stop "billion laughs".
  const doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const syntaxProblems: Problem[] = doc.errors.map((error) => {
    const position = at(error.pos[0])
    return { file, line: position.line, column: position.column, message: yamlErrorMessage(error.code, error.message) }
  })
  const positions = new Map<string, Located>()
  const top: Located = { value: { line: 1, column: 1 } }
  positions.set('', top)

  const visit = (node: Node | null | undefined, path: (string | number)[], depth: number): void => {
    if (!node || depth > 64) return
    if (isAlias(node)) {
      visit(node.resolve(doc), path, depth + 1)
      return
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const keyNode = pair.key as Node | null
        const keyText = isScalar(keyNode) ? String(keyNode.value) : undefined
        if (keyText === undefined) continue
        if (keyText === '<<') {
          // A merge key: the merged-in entries keep the positions of the block they came from.
          const source = isAlias(pair.value) ? (pair.value.resolve(doc) as Node | undefined) : (pair.value as Node)
          visit(source, path, depth + 1)
          continue
        }
        const childPath = [...path, keyText]
        const key = keyNode?.range ? at(keyNode.range[0]) : undefined
        const valueNode = pair.value as Node | null
        const value = valueNode?.range ? at(valueNode.range[0]) : key
        if (value) positions.set(pathKey(childPath), { key, value })
        visit(valueNode, childPath, depth + 1)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = item as Node | null
        if (child?.range) positions.set(pathKey([...path, index]), { value: at(child.range[0]) })
        visit(child, [...path, index], depth + 1)
      })
    }
  }
  // The index is built on first use: a valid file never needs a position, and indexing every key of a large
  // file costs as much as parsing it.
  let indexed = false
  const index = (): Map<string, Located> => {
    if (!indexed) {
      indexed = true
      if (doc.contents?.range) top.value = at(doc.contents.range[0])
      visit(doc.contents, [], 0)
    }
    return positions
  }

  let value: unknown = undefined
  if (syntaxProblems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 })
    } catch (error) {
      syntaxProblems.push({ file, line: 1, column: 1, message: error instanceof Error ? error.message : String(error) })
    }
  }
  return {
    value,
    syntaxProblems,
    find: (path) => index().get(pathKey(path)),
    nearest: (path) => {
      for (let depth = path.length; depth >= 0; depth--) {
        const located = index().get(pathKey(path.slice(0, depth)))
        if (located) return { located, depth }
      }
      return { located: top, depth: 0 }
    },
  }
}

/** The parser's message, made friendlier for the mistakes people actually make. */
function yamlErrorMessage(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
  if (code === 'DUPLICATE_KEY') return `${first}: this key appears twice in the same map; keep one`
  if (code === 'TAB_AS_INDENT') return `${first}: indent with spaces, not tabs`
  return `YAML syntax error: ${first}`
}

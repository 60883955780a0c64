/** Fault rules: what the next calls to an operation should suffer. */
import type { EmulatorRequest, FaultRule } from './types.js'

/** The active fault rules, consumed as they fire. */
export class FaultBook {
  private rules: (FaultRule & { left: number })[] = []

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, left: rule.count ?? 1 })
  }

  clear(): void {
    this.rules = []
  }

  list(): FaultRule[] {
    return this.rules.map(({ left, ...rule }) => ({ ...rule, count: left }))
  }

  /**
   * Takes the first rule matching the call and of the wanted kind (`request`: error/status/delay answered
   * by the server; `transition`: a failureReason the service applies when it transitions). Consumes one use.
   */
  take(
    service: string,
    operation: string,
    req: Pick<EmulatorRequest, 'path'> | undefined,
    kind: 'request' | 'transition',
  ): FaultRule | undefined {
    const index = this.rules.findIndex(
      (r) =>
        (r.service === service || r.service === '*') &&
        (r.operation === operation || r.operation === '*') &&
        (r.pathIncludes === undefined ||
          (req !== undefined && decodeURIComponent(req.path).includes(r.pathIncludes))) &&
        (kind === 'transition' ? r.failureReason !== undefined : r.failureReason === undefined),
    )
    if (index < 0) return undefined
    const rule = this.rules[index]
    if (rule.count !== 0) {
      rule.left -= 1
      if (rule.left <= 0) this.rules.splice(index, 1)
    }
    return rule
  }
}

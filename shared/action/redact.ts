/**
 * Secret values registered during a run. The runner masks registered secrets in the log, but not in the files
 * an action writes (outputs, job summary) nor in comments: everything written passes through {@link Redactor.redact}.
 */
export class Redactor {
  private readonly secrets = new Set<string>()

  /** Registers a value; values shorter than 4 characters are ignored, as masking them would shred the text. */
  add(value: string | undefined): void {
    if (value === undefined) return
    for (const v of [value, ...value.split(/\r?\n/)]) if (v.trim().length >= 4) this.secrets.add(v.trim())
  }

  /** Every registered value replaced by `***`, longest first so that overlapping secrets are fully hidden. */
  redact(text: string): string {
    let result = text
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) result = result.split(s).join('***')
    return result
  }
}

/**
 * Option parsing for the subcommands, on top of node's `util.parseArgs`: unknown options and missing values
 * become a {@link UsageError} that names the option.
 */
import { parseArgs } from 'node:util'
import { UsageError } from './io.js'

/** The options a command accepts: long name → whether it takes a value, and its one-letter alias. */
export type OptionSpec = Record<string, { value: boolean; short?: string }>

/** Parses `args` against `spec`; positionals are refused unless `positionals` is true. */
export function parseOptions(
  args: string[],
  spec: OptionSpec,
  positionals = false,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, { value, short }]) => [
      name,
      { type: value ? ('string' as const) : ('boolean' as const), ...(short ? { short } : {}) },
    ]),
  )
  try {
    const parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals })
    return { values: parsed.values, positionals: parsed.positionals }
  } catch (error) {
    // Not `instanceof Error`: node's errors come from another realm when the CLI runs inside a test's VM.
    const message = (error as { message?: unknown }).message
    if (typeof message !== 'string') throw error
    // node's messages are precise but long ("Unknown option '--x'. To specify a positional argument..."): keep the first sentence.
    throw new UsageError(message.split(/\. (?=[A-Z])/)[0].replace(/\.$/, ''))
  }
}

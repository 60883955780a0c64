/** `agentcore-actions schema`: prints the JSON Schema of agentcore.yaml (the committed docs/schema copy is the same). */
import { configJsonSchemaText } from '../../../shared/config/index.js'
import { parseOptions } from '../args.js'
import { EXIT, type CliCommand, type CliIo } from '../io.js'

export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: 'print the JSON Schema of agentcore.yaml',
  usage: [
    'Usage: agentcore-actions schema',
    '',
    'Prints the JSON Schema (draft 2020-12) of the config file, for editors and other tools.',
    'Reference it from YAML with: # yaml-language-server: $schema=<path>/agentcore.schema.json',
  ].join('\n'),
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseOptions(args, { help: { value: false, short: 'h' } })
    io.stdout(values.help ? this.usage : configJsonSchemaText().trimEnd())
    return EXIT.ok
  },
}

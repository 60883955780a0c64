/** A long value (a file pasted or read by mistake) is quoted in at most 60 characters; long lists are cut too. */
import { describe, expect, it } from '@jest/globals'
import { parseConfig, selectEnvironment } from '../../../shared/config/index.js'
import { ConfigError } from '../../../shared/errors/index.js'

const long = 'x'.repeat(10_000)

function messagesOf(text: string): string[] {
  try {
    parseConfig(text, 'agentcore.yaml')
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => p.message)
    throw error
  }
  throw new Error('expected problems')
}

describe('long values in messages', () => {
  it.each([
    ['a role ARN', `role: { arn: ${long} }`],
    ['a region', ''],
    ['a build context', `image: { context: /${long} }`],
    ['a request header', `requestHeaders: [x-amz-${long}]`],
    // YAML itself refuses implicit keys over 1024 characters.
    ['an unknown key', `${'x'.repeat(1000)}: 1`],
    ['an endpoint target', `endpoints: { live: ${long} }`],
  ])('%s is cut to 60 characters', (_what, runtimeLine) => {
    const text = [
      'version: 1',
      'runtimes:',
      '  bot:',
      runtimeLine ? `    ${runtimeLine}` : '    protocol: HTTP',
      'environments:',
      `  dev: { account: "111111111111", region: ${runtimeLine ? 'us-east-1' : long}, runtimes: { bot: {} } }`,
    ].join('\n')
    const messages = messagesOf(text)
    expect(messages.length).toBeGreaterThan(0)
    for (const message of messages) expect(message.length).toBeLessThan(300)
    expect(messages.some((m) => m.includes(`${'x'.repeat(20)}...'`))).toBe(true)
  })

  it('lists at most ten names, then how many more', () => {
    const keys = Array.from({ length: 25 }, (_, i) => `r${i}`)
    const config = parseConfig(
      [
        'version: 1',
        `runtimes: { ${keys.map((k) => `${k}: {}`).join(', ')} }`,
        `environments: { dev: { account: "111111111111", region: us-east-1, runtimes: { r0: {} } } }`,
      ].join('\n'),
      'agentcore.yaml',
    )
    expect(() => selectEnvironment(config, 'prod')).toThrow('(defined: dev)')
    const text = [
      'version: 1',
      `runtimes: { ${keys.map((k) => `${k}: {}`).join(', ')} }`,
      'environments: { dev: { account: "111111111111", region: us-east-1, runtimes: { zz: {} } } }',
    ].join('\n')
    expect(messagesOf(text)).toEqual([
      "environment 'dev' runs 'zz', which is not defined under runtimes: defined runtimes: r0, r1, r2, r3, r4, r5, r6, r7, r8, r9 and 15 more",
    ])
  })
})

/** A generated config of the size the validate budget is measured on (see bench-validate.ts). */

export const RUNTIMES = 200
export const ENVIRONMENTS = 10

/** A config as a large team would write it: every runtime fully specified, every environment overriding some. */
export function largeConfig(runtimes = RUNTIMES, environments = ENVIRONMENTS): string {
  const out = ['# yaml-language-server: $schema=../docs/schema/agentcore.schema.json', 'version: 1', 'runtimes:']
  for (let r = 0; r < runtimes; r++) {
    out.push(
      `  agent_${r}:`,
      `    description: Agent number ${r}`,
      `    image: { repository: team/agent-${r}, context: agents/agent_${r}, buildArgs: { PY: "3.12" } }`,
      `    protocol: ${r % 4 === 0 ? 'MCP' : 'HTTP'}`,
      '    environment: { LOG_LEVEL: info, FEATURE_A: "on", FEATURE_B: "off", TIMEOUT: 30 }',
      '    secrets: [API_KEY, DB_PASSWORD]',
      '    lifecycle: { idleTimeoutSeconds: 900, maxLifetimeSeconds: 28800 }',
      '    role: { models: [anthropic.claude-sonnet-4-5*], statements: [{ Effect: Allow, Action: s3:GetObject, Resource: "arn:aws:s3:::bucket/*" }] }',
      '    endpoints: { live: latest, canary: latest }',
      '    smokeTest: { payload: { prompt: ping }, expect: { status: 200, contains: pong, maxLatencyMs: 15000 } }',
      `    tags: { team: team${r % 7}, service: agent-${r} }`,
    )
  }
  out.push('environments:')
  const regions = ['us-east-1', 'us-west-2']
  for (let e = 0; e < environments; e++) {
    out.push(
      `  env_${e}:`,
      `    account: "${String(100000000000 + Math.floor(e / 2)).padStart(12, '0')}"`,
      `    region: ${regions[e % 2]}`,
      `    tags: { stage: env-${e} }`,
      '    runtimes:',
    )
    for (let r = 0; r < runtimes; r++) {
      out.push(
        r % 3 === 0
          ? `      agent_${r}: { environment: { LOG_LEVEL: debug }, endpoints: { live: "${(r % 50) + 1}" } }`
          : `      agent_${r}: {}`,
      )
    }
  }
  return `${out.join('\n')}\n`
}

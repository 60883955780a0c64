/**
 * Table of invalid configs: each must fail with exactly the listed problems, each at its line:column.
 * The expected lines are written as a user reads them (`line:col: path: message`, without the file name).
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../../shared/config/index.js'
import { ConfigError, formatProblem } from '../../../shared/errors/index.js'

/** The problems of `text`, as `line:col: path: message`. */
function problemsOf(text: string): string[] {
  try {
    parseConfig(text, 'agentcore.yaml')
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return error.problems.map((p) => formatProblem({ ...p, file: undefined }).replace(/^/, `${p.line}:${p.column}: `))
  }
  throw new Error('expected the config to be invalid')
}

/** A file of the given lines. */
const lines = (...text: string[]): string => `${text.join('\n')}\n`

/** A valid head (version + one runtime `bot`), then `runtime` lines (indented under bot), then one env `dev`. */
function withRuntime(...runtime: string[]): string {
  return lines(
    'version: 1',
    'runtimes:',
    '  bot:',
    ...runtime.map((l) => `    ${l}`),
    'environments:',
    '  dev:',
    '    account: "111111111111"',
    '    region: us-east-1',
    '    runtimes: { bot: {} }',
  )
}

/** A valid head with runtime `bot`, then environment `dev` whose lines are given (indented under dev). */
function withEnvironment(...environment: string[]): string {
  return lines('version: 1', 'runtimes:', '  bot: {}', 'environments:', '  dev:', ...environment.map((l) => `    ${l}`))
}

const DEV = ['account: "111111111111"', 'region: us-east-1']

const cases: { name: string; text: string; expected: string[] }[] = [
  // ---- the file itself
  {
    name: 'YAML syntax error',
    text: lines('version: 1', 'runtimes:', '  bot: {', 'environments: {}'),
    expected: ['4:1: YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }'],
  },
  {
    name: 'duplicate key',
    text: withRuntime('protocol: HTTP', 'protocol: MCP'),
    expected: ['5:5: Map keys must be unique: this key appears twice in the same map; keep one'],
  },
  {
    name: 'empty file',
    text: '\n',
    expected: ['1:1: the file is empty; start with `version: 1`, `runtimes:` and `environments:`'],
  },
  { name: 'not a map', text: '- a\n- b\n', expected: ['1:1: expected a map, got a list'] },
  {
    name: 'missing version',
    text: lines(
      'runtimes: { bot: {} }',
      'environments: { dev: { account: "111111111111", region: us-east-1, runtimes: { bot: {} } } }',
    ),
    expected: ["1:1: missing required key 'version': add `version: 1` at the top of the file"],
  },
  {
    name: 'wrong version',
    text: withRuntime('protocol: HTTP').replace('version: 1', 'version: 2'),
    expected: ['1:10: version: version must be 1 (the only config format there is)'],
  },
  {
    name: 'misspelled top-level key',
    text: withRuntime('protocol: HTTP').replace('environments:', 'enviroments:'),
    expected: [
      "1:1: missing required key 'environments': define at least one environment under `environments:` (account, region, runtimes)",
      "5:1: unknown key 'enviroments': did you mean 'environments'?",
    ],
  },
  {
    name: 'runtime defined at the top level (wrong nesting)',
    text: lines(
      'version: 1',
      'support_bot: {}',
      'runtimes: { bot: {} }',
      'environments: { dev: { account: "111111111111", region: us-east-1, runtimes: { bot: {} } } }',
    ),
    expected: [
      "2:1: unknown key 'support_bot': top-level keys are version, runtimes, environments (runtimes go under 'runtimes:')",
    ],
  },
  {
    name: 'no runtimes',
    text: lines('version: 1', 'runtimes: {}', 'environments: {}'),
    expected: [
      '2:11: runtimes: no runtimes are defined; add one, e.g. runtimes: { support_bot: { description: ... } }',
      '3:15: environments: no environments are defined; add one with an account, a region and its runtimes',
    ],
  },
  // ---- names
  {
    name: 'hyphen in a runtime name',
    text: lines('version: 1', 'runtimes:', '  support-bot: {}', 'environments: {}'),
    expected: [
      "3:3: runtimes: runtime name 'support-bot' has a hyphen; AgentCore allows letters, digits and '_': try 'support_bot'",
      '4:15: environments: no environments are defined; add one with an account, a region and its runtimes',
    ],
  },
  {
    name: 'runtime name starting with a digit',
    text: withRuntime('protocol: HTTP').replace('  bot:', '  1bot:').replace('{ bot: {} }', '{ 1bot: {} }'),
    expected: ["3:3: runtimes: runtime name '1bot' must start with a letter: try 'bot'"],
  },
  {
    name: 'runtime name longer than 48',
    text: lines('version: 1', 'runtimes:', `  ${'a'.repeat(49)}: {}`, 'environments: {}'),
    expected: [
      `3:3: runtimes: runtime name '${'a'.repeat(49)}' has 49 characters; AgentCore allows at most 48: try '${'a'.repeat(48)}'`,
      '4:15: environments: no environments are defined; add one with an account, a region and its runtimes',
    ],
  },
  {
    name: 'per-environment name with a dot',
    text: withEnvironment(...DEV, 'runtimes:', '  bot: { name: bot.prod }'),
    expected: [
      "9:20: environments.dev.runtimes.bot.name: runtime name 'bot.prod' has a dot; AgentCore allows letters, digits and '_': try 'bot_prod'",
    ],
  },
  {
    name: 'endpoint named DEFAULT',
    text: withRuntime('endpoints: { DEFAULT: latest }'),
    expected: [
      "4:18: runtimes.bot.endpoints: 'DEFAULT' is managed by AgentCore (it always follows the latest version) and cannot be configured; name your endpoint e.g. 'live'",
    ],
  },
  {
    name: 'hyphen in an endpoint name',
    text: withRuntime('endpoints:', '  blue-green: latest'),
    expected: [
      "5:7: runtimes.bot.endpoints: endpoint name 'blue-green' has a hyphen; AgentCore allows letters, digits and '_': try 'blue_green'",
    ],
  },
  {
    name: 'eleven named endpoints',
    text: withRuntime(`endpoints: { ${Array.from({ length: 11 }, (_, i) => `e${i}: latest`).join(', ')} }`),
    expected: [
      '4:16: runtimes.bot.endpoints: 11 named endpoints; AgentCore allows at most 10 per runtime (DEFAULT not counted)',
    ],
  },
  {
    name: 'endpoint version with a v',
    text: withRuntime('endpoints: { live: v12 }'),
    expected: [
      "4:24: runtimes.bot.endpoints.live: endpoint target 'v12' is invalid; use 'latest' or a version number (1–99999)",
    ],
  },
  {
    name: 'endpoint version with six digits',
    text: withRuntime('endpoints: { live: 123456 }'),
    expected: [
      "4:24: runtimes.bot.endpoints.live: endpoint target the number 123456 is invalid; use 'latest' or a version number (1–99999)",
    ],
  },
  {
    name: 'endpoint version 0',
    text: withRuntime('endpoints: { live: "0" }'),
    expected: [
      "4:24: runtimes.bot.endpoints.live: endpoint target '0' is invalid; use 'latest' or a version number (1–99999)",
    ],
  },
  // ---- runtime keys
  {
    name: 'misspelled runtime key',
    text: withRuntime('enviroment: { LOG_LEVEL: info }'),
    expected: ["4:5: runtimes.bot: unknown key 'enviroment': did you mean 'environment'?"],
  },
  {
    name: 'alias of a runtime key',
    text: withRuntime('env: { LOG_LEVEL: info }'),
    expected: ["4:5: runtimes.bot: unknown key 'env': did you mean 'environment'?"],
  },
  {
    name: 'key at the wrong level (subnets under the runtime)',
    text: withRuntime('subnets: [subnet-0123456789abcdef0]'),
    expected: ["4:5: runtimes.bot: unknown key 'subnets': 'subnets' belongs under network"],
  },
  {
    name: 'account under a runtime',
    text: withRuntime('account: "111111111111"'),
    expected: [
      "4:5: runtimes.bot: unknown key 'account': 'account' belongs under an environment (environments.<name>.account)",
    ],
  },
  {
    name: 'protocol in lower case',
    text: withRuntime('protocol: mcp'),
    expected: ["4:15: runtimes.bot.protocol: protocol 'mcp' must be written 'MCP'"],
  },
  {
    name: 'unknown protocol',
    text: withRuntime('protocol: GRPC'),
    expected: [
      "4:15: runtimes.bot.protocol: protocol must be one of 'HTTP', 'MCP', 'A2A', 'AGUI', not the text 'GRPC'",
    ],
  },
  {
    name: 'image platform amd64',
    text: withRuntime('image: { platform: linux/amd64 }'),
    expected: ['4:24: runtimes.bot.image.platform: AgentCore runs linux/arm64 images only; use platform: linux/arm64'],
  },
  {
    name: 'absolute build context',
    text: withRuntime('image: { context: /srv/agent }'),
    expected: [
      "4:23: runtimes.bot.image.context: build context '/srv/agent' is absolute; use a path relative to the repository root (e.g. 'agents/support')",
    ],
  },
  {
    name: 'build context leaving the repository',
    text: withRuntime('image: { context: agents/../../other }'),
    expected: [
      "4:23: runtimes.bot.image.context: build context 'agents/../../other' leaves the repository; paths must stay inside it (no '..' above the root)",
    ],
  },
  {
    name: 'upper-case ECR repository',
    text: withRuntime('image: { repository: Support_Bot }'),
    expected: [
      "4:26: runtimes.bot.image.repository: ECR repository 'Support_Bot' is invalid: use lower-case letters, digits and . _ - / (try 'support_bot')",
    ],
  },
  {
    name: 'description too long',
    text: withRuntime(`description: ${'x'.repeat(4097)}`),
    expected: ['4:18: runtimes.bot.description: description is at most 4096 characters'],
  },
  // ---- environment variables and secrets
  {
    name: 'environment variable value too long',
    text: withRuntime(`environment: { BIG: ${'x'.repeat(5001)} }`),
    expected: ['4:25: runtimes.bot.environment.BIG: environment variable values are at most 5000 characters'],
  },
  {
    name: 'environment variable name too long',
    text: withRuntime(`environment: { ${'K'.repeat(101)}: x }`),
    expected: ['4:20: runtimes.bot.environment: environment variable names are at most 100 characters'],
  },
  {
    name: '51 environment variables',
    text: withRuntime(`environment: { ${Array.from({ length: 51 }, (_, i) => `V${i}: x`).join(', ')} }`),
    expected: [
      '4:18: runtimes.bot.environment: 51 environment variables (plain and secrets together); AgentCore allows at most 50',
    ],
  },
  {
    name: 'decimal number as an environment value',
    text: withRuntime('environment: { VERSION: 1.10 }'),
    expected: [
      '4:29: runtimes.bot.environment.VERSION: an environment variable value 1.1 is a decimal number to YAML, which would change its text; quote it',
    ],
  },
  {
    name: 'a secret that also has a plain value',
    text: withRuntime('environment: { API_KEY: x }', 'secrets: [API_KEY]'),
    expected: [
      "5:15: runtimes.bot.secrets[0]: 'API_KEY' is listed in secrets and also has a plain value under environment; a secret's value comes only from the action's secrets input: remove one of them",
    ],
  },
  {
    name: 'a secret given a plain value by an environment',
    text: withEnvironment(...DEV, 'runtimes:', '  bot:', '    environment: { TOKEN: abc }', '    secrets: [TOKEN]'),
    expected: [
      "11:19: environments.dev.runtimes.bot.secrets[0]: 'TOKEN' is listed in secrets and also has a plain value under environment; a secret's value comes only from the action's secrets input: remove one of them",
    ],
  },
  {
    name: 'secrets written as a map',
    text: withRuntime('secrets: { API_KEY: x }'),
    expected: [
      "4:14: runtimes.bot.secrets: secrets must be a list of environment variable names, e.g. secrets: [API_KEY]; their values come from the action's secrets input, never from this file",
    ],
  },
  // ---- lifecycle
  {
    name: 'idle timeout below 60',
    text: withRuntime('lifecycle: { idleTimeoutSeconds: 30 }'),
    expected: [
      '4:38: runtimes.bot.lifecycle.idleTimeoutSeconds: idleTimeoutSeconds must be a whole number of seconds from 60 to 28800',
    ],
  },
  {
    name: 'max lifetime above 28800',
    text: withRuntime('lifecycle:', '  maxLifetimeSeconds: 86400'),
    expected: [
      '5:27: runtimes.bot.lifecycle.maxLifetimeSeconds: maxLifetimeSeconds must be a whole number of seconds from 60 to 28800',
    ],
  },
  {
    name: 'idle timeout above the max lifetime',
    text: withRuntime('lifecycle: { idleTimeoutSeconds: 3600, maxLifetimeSeconds: 600 }'),
    expected: [
      '4:38: runtimes.bot.lifecycle.idleTimeoutSeconds: idleTimeoutSeconds (3600) must not exceed maxLifetimeSeconds (600)',
    ],
  },
  // ---- network
  {
    name: 'VPC without subnets and security groups',
    text: withRuntime('network: { mode: VPC }'),
    expected: [
      '4:5: runtimes.bot.network: network mode VPC needs securityGroups: add securityGroups: [sg-0123456789abcdef0] (1–16 IDs)',
      '4:5: runtimes.bot.network: network mode VPC needs subnets: add subnets: [subnet-0123456789abcdef0] (1–16 IDs)',
    ],
  },
  {
    name: 'bad subnet and security group IDs',
    text: withRuntime('network:', '  mode: VPC', '  subnets: [subnet-123]', '  securityGroups: [sg_0123456789]'),
    expected: [
      "6:17: runtimes.bot.network.subnets[0]: 'subnet-123' is not a subnet ID (subnet- followed by 8–17 letters or digits)",
      "7:24: runtimes.bot.network.securityGroups[0]: 'sg_0123456789' is not a security group ID (sg- followed by 8–17 letters or digits)",
    ],
  },
  {
    name: '17 subnets',
    text: withRuntime(
      'network:',
      '  mode: VPC',
      `  subnets: [${Array.from({ length: 17 }, (_, i) => `subnet-${String(i).padStart(8, '0')}`).join(', ')}]`,
      '  securityGroups: [sg-01234567]',
    ),
    expected: ['6:16: runtimes.bot.network.subnets: VPC mode allows at most 16 subnets'],
  },
  {
    name: 'subnets with PUBLIC mode',
    text: withRuntime('network: { mode: PUBLIC, subnets: [subnet-01234567] }'),
    expected: [
      '4:39: runtimes.bot.network.subnets: subnets are only used with mode: VPC; remove them or set network.mode: VPC',
    ],
  },
  {
    name: 'empty security group list',
    text: withRuntime('network: { mode: VPC, subnets: [subnet-01234567], securityGroups: [] }'),
    expected: ['4:71: runtimes.bot.network.securityGroups: VPC mode needs 1–16 security groups'],
  },
  // ---- role and authorizer
  {
    name: 'malformed role ARN',
    text: withRuntime('role: { arn: "arn:aws:iam::12345:role/agent" }'),
    expected: [
      "4:18: runtimes.bot.role.arn: 'arn:aws:iam::12345:role/agent' is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)",
    ],
  },
  {
    name: 'role ARN together with managed settings',
    text: withRuntime('role:', '  arn: arn:aws:iam::111111111111:role/agent', '  models: [anthropic.claude*]'),
    expected: [
      "5:12: runtimes.bot.role.arn: role has both 'arn' and managed-role settings (models); use 'arn' to bring your own role, or the managed settings, not both",
    ],
  },
  {
    name: 'managed policy that is not an ARN',
    text: withRuntime('role: { managedPolicies: [AmazonS3ReadOnlyAccess] }'),
    expected: [
      "4:31: runtimes.bot.role.managedPolicies[0]: 'AmazonS3ReadOnlyAccess' is not an IAM policy ARN (arn:aws:iam::aws:policy/NAME)",
    ],
  },
  {
    name: 'policy statement without Effect',
    text: withRuntime('role:', '  statements:', '    - { Action: s3:GetObject, Resource: "*" }'),
    expected: ["6:11: runtimes.bot.role.statements[0]: missing required key 'Effect': add Effect: Allow (or Deny)"],
  },
  {
    name: 'JWT authorizer without discovery URL',
    text: withRuntime('authorizer:', '  jwt: { allowedAudience: [api] }'),
    expected: [
      '5:7: runtimes.bot.authorizer.jwt: a JWT authorizer needs discoveryUrl: https://<issuer>/.well-known/openid-configuration',
    ],
  },
  {
    name: 'discovery URL that is not an OIDC document',
    text: withRuntime('authorizer: { jwt: { discoveryUrl: "http://issuer.example.com" } }'),
    expected: [
      '4:40: runtimes.bot.authorizer.jwt.discoveryUrl: discoveryUrl must be an https URL ending in /.well-known/openid-configuration',
    ],
  },
  {
    name: '21 request headers',
    text: withRuntime(`requestHeaders: [${Array.from({ length: 21 }, (_, i) => `X-H${i}`).join(', ')}]`),
    expected: ['4:21: runtimes.bot.requestHeaders: requestHeaders allows at most 20 headers'],
  },
  {
    name: 'request header AgentCore reserves',
    text: withRuntime('requestHeaders: [X-Amzn-Trace-Id, Content-Type, X-Tenant]'),
    expected: [
      "4:22: runtimes.bot.requestHeaders[0]: request header 'X-Amzn-Trace-Id' is reserved: the only x-amzn- headers forwarded start with X-Amzn-Bedrock-AgentCore-Runtime-Custom-",
      "4:39: runtimes.bot.requestHeaders[1]: request header 'Content-Type' is on AgentCore's restricted list and cannot be forwarded",
    ],
  },
  {
    name: 'Authorization header without a JWT authorizer',
    text: withRuntime('requestHeaders: [Authorization]'),
    expected: [
      '4:22: runtimes.bot.requestHeaders[0]: AgentCore forwards the Authorization header only to runtimes with a JWT authorizer: add authorizer: { jwt: { discoveryUrl: ... } } or remove the header',
    ],
  },
  {
    name: 'invalid smoke-test regex',
    text: withRuntime('smokeTest: { expect: { regex: "po(ng" } }'),
    expected: ["4:35: runtimes.bot.smokeTest.expect.regex: regex 'po(ng' is not a valid regular expression"],
  },
  // ---- tags
  {
    name: 'reserved tag key',
    text: withRuntime('tags: { "aws:owner": me }'),
    expected: ["4:13: runtimes.bot.tags: tag keys starting with 'aws:' are reserved"],
  },
  {
    name: 'tag value with forbidden characters',
    text: withRuntime('tags: { owner: "a#b" }'),
    expected: ['4:20: runtimes.bot.tags.owner: tag values allow letters, digits, spaces and _ . : / = + - @ only'],
  },
  // ---- environments
  {
    name: 'account as an unquoted number that loses its leading zero',
    text: withEnvironment('account: 012345678901', 'region: us-east-1', 'runtimes: { bot: {} }'),
    expected: [
      '6:14: environments.dev.account: account must be quoted: YAML reads 12345678901 as a number (and drops leading zeros); write account: "012345678901"',
    ],
  },
  {
    name: 'account with 11 digits',
    text: withEnvironment('account: "11111111111"', 'region: us-east-1', 'runtimes: { bot: {} }'),
    expected: ["6:14: environments.dev.account: account '11111111111' is not a 12-digit AWS account ID"],
  },
  {
    name: 'region without its number',
    text: withEnvironment('account: "111111111111"', 'region: us-east', 'runtimes: { bot: {} }'),
    expected: ["7:13: environments.dev.region: region 'us-east' is not an AWS region code such as us-east-1"],
  },
  {
    name: 'misspelled account key',
    text: withEnvironment('acount: "111111111111"', 'region: us-east-1', 'runtimes: { bot: {} }'),
    expected: [
      '5:3: environments.dev: missing required key \'account\': add the 12-digit AWS account ID in quotes, e.g. account: "123456789012"',
      "6:5: environments.dev: unknown key 'acount': did you mean 'account'?",
    ],
  },
  {
    name: 'environment running an undefined runtime',
    text: withEnvironment(...DEV, 'runtimes: { boot: {} }'),
    expected: [
      "8:17: environments.dev.runtimes: environment 'dev' runs 'boot', which is not defined under runtimes: did you mean 'bot'?",
    ],
  },
  {
    name: 'environment without runtimes',
    text: withEnvironment(...DEV),
    expected: [
      "5:3: environments.dev: missing required key 'runtimes': list the runtimes this environment runs, e.g. runtimes: { support_bot: {} }",
    ],
  },
  {
    name: 'override with an unknown key',
    text: withEnvironment(...DEV, 'runtimes:', '  bot:', '    endpoint: { live: latest }'),
    expected: ["10:9: environments.dev.runtimes.bot: unknown key 'endpoint': did you mean 'endpoints'?"],
  },
  {
    name: 'two environments in one account and region running the same name',
    text: lines(
      'version: 1',
      'runtimes:',
      '  bot: {}',
      'environments:',
      '  dev: { account: "111111111111", region: us-east-1, runtimes: { bot: {} } }',
      '  staging:',
      '    account: "111111111111"',
      '    region: us-east-1',
      '    runtimes:',
      '      bot: {}',
    ),
    expected: [
      "10:7: environments.staging.runtimes.bot: environments 'dev' and 'staging' share account 111111111111 and region us-east-1, and both would run AgentCore runtime 'bot'; give this one its own name, e.g. name: bot_staging",
    ],
  },
  {
    name: 'a per-environment name that collides with another runtime',
    text: lines(
      'version: 1',
      'runtimes:',
      '  bot: {}',
      '  helper: {}',
      'environments:',
      '  dev:',
      '    account: "111111111111"',
      '    region: us-east-1',
      '    runtimes:',
      '      bot: {}',
      '      helper: { name: bot }',
    ),
    expected: [
      "11:23: environments.dev.runtimes.helper: runtimes 'bot' and 'helper' of environment 'dev' would both run AgentCore runtime 'bot'; give this one its own name, e.g. name: bot_dev",
    ],
  },
  {
    name: 'environment name with a space',
    text: lines(
      'version: 1',
      'runtimes: { bot: {} }',
      'environments:',
      '  "my env": { account: "111111111111", region: us-east-1, runtimes: { bot: {} } }',
    ),
    expected: [
      "4:3: environments: environment name 'my env' must be 1–64 letters, digits, '_', '.' or '-', starting with a letter or digit",
    ],
  },
]

describe('parseConfig rejects invalid configs with every problem at its line and column', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  it.each(cases)('$name', ({ text, expected }) => {
    expect(problemsOf(text)).toEqual(expected)
  })
})

describe('the error itself', () => {
  it('says how many problems the file has and carries file, line, column and path', () => {
    let caught: unknown
    try {
      parseConfig(withRuntime('protocol: mcp', 'enviroment: {}'), 'configs/agentcore.yaml')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ConfigError)
    const error = caught as ConfigError
    expect(error.message).toBe('configs/agentcore.yaml has 2 problems')
    expect(error.problems[0]).toEqual({
      file: 'configs/agentcore.yaml',
      line: 4,
      column: 15,
      path: 'runtimes.bot.protocol',
      message: "protocol 'mcp' must be written 'MCP'",
    })
    expect(error.describe()).toBe(
      [
        'configs/agentcore.yaml has 2 problems',
        "  configs/agentcore.yaml:4:15: runtimes.bot.protocol: protocol 'mcp' must be written 'MCP'",
        "  configs/agentcore.yaml:5:5: runtimes.bot: unknown key 'enviroment': did you mean 'environment'?",
      ].join('\n'),
    )
  })

  it('says "1 problem" for one', () => {
    expect(() => parseConfig(withRuntime('protocol: mcp'), 'agentcore.yaml')).toThrow(
      new ConfigError('agentcore.yaml has 1 problem'),
    )
  })

  it('never shows zod wording or a stack', () => {
    const all = cases.flatMap((c) => problemsOf(c.text))
    for (const line of all) {
      expect(line).not.toMatch(/Invalid input|expected string, received|ZodError|\bat .*\.ts:\d+/)
    }
  })
})

/** A valid config that sets every key to a non-default value resolves to exactly what was written. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { loadConfig } from '../../../shared/config/index.js'
import { configReferenceRows } from '../../../shared/config/reference.js'

const path = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'valid', 'every-key.yaml')

describe('every-key.yaml', () => {
  it('uses every key the schema documents', () => {
    const written = new Set<string>()
    const walk = (value: unknown, at: string[]): void => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        const generic =
          at.length === 1 && at[0] === 'runtimes'
            ? '<runtime>'
            : at.length === 1 && at[0] === 'environments'
              ? '<environment>'
              : at.length === 3 && at[2] === 'runtimes'
                ? '<runtime>'
                : key
        const path = [...at, generic]
        written.add(path.join('.'))
        // Maps of user data (environment variables, tags, payloads) are leaves for this check.
        if (!['environment', 'tags', 'buildArgs', 'endpoints', 'payload', 'json', 'Condition'].includes(key)) {
          walk(child, path)
        }
      }
    }
    walk(parse(readFileSync(path, 'utf8')), [])
    const documented = configReferenceRows()
      .map((row) => row.path)
      .filter((p) => p !== '$schema' && !p.includes('<any runtime key>'))
    const missing = documented.filter((p) => !written.has(p))
    expect(missing).toEqual([])
  })

  it('resolves to exactly what was written', async () => {
    const prod = (await loadConfig(path, { environment: 'prod' })).environments.prod
    expect(prod.roleToAssume).toBe('arn:aws:iam::333333333333:role/drift-reader')
    expect(prod.runtimes.secure_agent).toEqual({
      key: 'secure_agent',
      agentRuntimeName: 'secure_agent_prod',
      description: 'JWT-protected agent in a VPC with its own role',
      image: {
        repository: 'platform/secure-agent',
        context: 'agents/secure',
        dockerfile: 'docker/Dockerfile.agent',
        platform: 'linux/arm64',
        buildArgs: { PYTHON_VERSION: '3.12', WITH_TOOLS: 'true' },
        scanOnPush: false,
        tagMutability: 'MUTABLE',
        keepImages: 100,
      },
      protocol: 'A2A',
      network: {
        mode: 'VPC',
        subnets: ['subnet-0a1b2c3d4e5f60718'],
        securityGroups: ['sg-0123456789abcdef0', 'sg-0fedcba9876543210'],
      },
      environment: { LOG_LEVEL: 'warn', PORT: '8080' },
      secrets: ['OAUTH_CLIENT_SECRET'],
      lifecycle: { idleTimeoutSeconds: 300, maxLifetimeSeconds: 3600 },
      authorizer: {
        jwt: {
          discoveryUrl: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc123/.well-known/openid-configuration',
          allowedAudience: ['api://agents'],
          allowedClients: ['client-1', 'client-2'],
          allowedScopes: ['agents/invoke'],
        },
      },
      requestHeaders: ['Authorization', 'X-Tenant-Id', 'X-Amzn-Bedrock-AgentCore-Runtime-Custom-Trace'],
      role: { kind: 'existing', arn: 'arn:aws:iam::333333333333:role/secure-agent-runtime' },
      endpoints: { live: '7', canary: 'latest' },
      smokeTest: {
        payload: { prompt: 'health check', tenant: 'smoke' },
        expect: {
          status: 200,
          contains: 'ok',
          regex: '^\\{.*\\}$',
          json: { healthy: true },
          maxLatencyMs: 20000,
          tools: ['lookup'],
        },
      },
      tags: { stage: 'prod', owner: 'platform', 'cost-center': '1234' },
    })
    expect(prod.runtimes.managed_agent.role).toEqual({
      kind: 'managed',
      models: ['anthropic.claude-sonnet-4-5-20250929-v1:0'],
      managedPolicies: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
      statements: [
        {
          Sid: 'ReadKnowledge',
          Effect: 'Allow',
          Action: ['s3:GetObject'],
          Resource: 'arn:aws:s3:::knowledge/*',
          Condition: { StringEquals: { 's3:ExistingObjectTag/public': 'true' } },
        },
      ],
      permissionsBoundary: 'arn:aws:iam::333333333333:policy/agent-boundary',
    })
  })
})

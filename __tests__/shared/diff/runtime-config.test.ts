import { describe, expect, it } from '@jest/globals'
import { desiredRuntime } from '../../../shared/agentcore/runtime-configuration.js'
import {
  describeRuntimeChange,
  diffRuntimeConfiguration,
  normaliseImageUri,
} from '../../../shared/diff/runtime-config.js'
import type { RuntimeSettings } from '../../../shared/config/types.js'
import {
  DIGEST,
  DIGEST_2,
  IMAGE,
  REPO_URI,
  ROLE_ARN,
  liveRuntime,
  runtimeSettings,
} from '../agentcore/runtime-fixtures.js'

const desired = (
  overrides: Partial<RuntimeSettings> = {},
  options: { secret?: string; image?: string; role?: string } = {},
) =>
  desiredRuntime(runtimeSettings(overrides), {
    containerUri: options.image ?? IMAGE,
    roleArn: options.role ?? ROLE_ARN,
    secretValues: { VENDOR_API_KEY: options.secret ?? 's3cret' },
  })

describe('diffRuntimeConfiguration: what counts as no change', () => {
  it('finds nothing when the live version was deployed from the same config (stamp, map order, defaults ignored)', () => {
    expect(diffRuntimeConfiguration(desired(), liveRuntime())).toEqual([])
  })

  it.each([
    [
      'lifecycle left to the service (it reports 900/28800)',
      {},
      { lifecycleConfiguration: { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 } },
    ],
    ['lifecycle absent from the answer', {}, { lifecycleConfiguration: undefined }],
    ['protocol absent from the answer (HTTP is the default)', {}, { protocolConfiguration: undefined }],
    ['network absent from the answer (PUBLIC is the default)', {}, { networkConfiguration: undefined }],
    [
      'a tag next to the same digest',
      {},
      { agentRuntimeArtifact: { containerConfiguration: { containerUri: `${REPO_URI}:v1@${DIGEST}` } } },
    ],
    [
      'another stamp (commit, run, digest) in the description',
      {},
      { description: 'Customer support agent\nagentcore-actions: commit=ffff run=https://x/2' },
    ],
    [
      'VPC lists in another order',
      {
        network: {
          mode: 'VPC' as const,
          subnets: ['subnet-aaaaaaaa', 'subnet-bbbbbbbb'],
          securityGroups: ['sg-11111111', 'sg-22222222'],
        },
      },
      {
        networkConfiguration: {
          networkMode: 'VPC' as const,
          networkModeConfig: {
            subnets: ['subnet-bbbbbbbb', 'subnet-aaaaaaaa'],
            securityGroups: ['sg-22222222', 'sg-11111111'],
            requireServiceS3Endpoint: true,
          },
        },
      },
    ],
    [
      'request headers in another order',
      { requestHeaders: ['X-Amzn-Bedrock-AgentCore-Runtime-Custom-A', 'Authorization'] },
      {
        requestHeaderConfiguration: {
          requestHeaderAllowlist: ['Authorization', 'X-Amzn-Bedrock-AgentCore-Runtime-Custom-A'],
        },
      },
    ],
    [
      'no request headers vs an empty allow-list',
      { requestHeaders: [] },
      { requestHeaderConfiguration: { requestHeaderAllowlist: [] } },
    ],
    [
      'JWT audiences in another order, extras the config does not manage',
      {
        authorizer: {
          jwt: { discoveryUrl: 'https://idp/.well-known/openid-configuration', allowedAudience: ['a', 'b'] },
        },
      },
      {
        authorizerConfiguration: {
          customJWTAuthorizer: {
            discoveryUrl: 'https://idp/.well-known/openid-configuration',
            allowedAudience: ['b', 'a'],
            customClaims: [],
          },
        },
      },
    ],
    [
      'a config without a description (not managed) against any live text',
      { description: undefined },
      { description: 'written by hand' },
    ],
  ])('no change: %s', (_name, settings, live) => {
    expect(diffRuntimeConfiguration(desired(settings), liveRuntime(live))).toEqual([])
  })

  it('keeps an unchanged image when the image is not given (config-only change)', () => {
    const wanted = desiredRuntime(runtimeSettings(), { roleArn: ROLE_ARN, secretValues: { VENDOR_API_KEY: 's3cret' } })
    expect(diffRuntimeConfiguration(wanted, liveRuntime())).toEqual([])
  })
})

describe('diffRuntimeConfiguration: each field that changes', () => {
  it.each([
    [
      'image digest',
      {},
      { image: `${REPO_URI}@${DIGEST_2}` },
      {},
      { field: 'image', from: IMAGE, to: `${REPO_URI}@${DIGEST_2}` },
    ],
    [
      'image pinned by digest where a tag runs',
      {},
      {},
      { agentRuntimeArtifact: { containerConfiguration: { containerUri: `${REPO_URI}:latest` } } },
      { field: 'image', from: `${REPO_URI}:latest`, to: IMAGE },
    ],
    [
      'role',
      {},
      { role: 'arn:aws:iam::222222222222:role/Other' },
      {},
      { field: 'role', from: ROLE_ARN, to: 'arn:aws:iam::222222222222:role/Other' },
    ],
    [
      'network',
      { network: { mode: 'VPC' as const, subnets: ['subnet-aaaaaaaa'], securityGroups: ['sg-11111111'] } },
      {},
      {},
      { field: 'network', from: 'PUBLIC', to: 'VPC subnets=[subnet-aaaaaaaa] securityGroups=[sg-11111111]' },
    ],
    ['protocol', { protocol: 'MCP' as const }, {}, {}, { field: 'protocol', from: 'HTTP', to: 'MCP' }],
    [
      'plain variable changed',
      { environment: { LOG_LEVEL: 'debug', REGION_NAME: 'east' } },
      {},
      {},
      { field: 'environment.LOG_LEVEL', from: 'info', to: 'debug' },
    ],
    [
      'plain variable added',
      { environment: { LOG_LEVEL: 'info', REGION_NAME: 'east', NEW: '1' } },
      {},
      {},
      { field: 'environment.NEW', from: undefined, to: '1' },
    ],
    [
      'plain variable removed',
      { environment: { LOG_LEVEL: 'info' } },
      {},
      {},
      { field: 'environment.REGION_NAME', from: 'east', to: undefined },
    ],
    [
      'idle timeout',
      { lifecycle: { idleTimeoutSeconds: 300 } },
      {},
      {},
      { field: 'lifecycle.idleTimeoutSeconds', from: '900', to: '300' },
    ],
    [
      'max lifetime',
      { lifecycle: { maxLifetimeSeconds: 3600 } },
      {},
      {},
      { field: 'lifecycle.maxLifetimeSeconds', from: '28800', to: '3600' },
    ],
    [
      'authorizer added',
      { authorizer: { jwt: { discoveryUrl: 'https://idp/x', allowedClients: ['c'] } } },
      {},
      {},
      { field: 'authorizer', from: undefined, to: 'jwt discoveryUrl=https://idp/x allowedClients=[c]' },
    ],
    [
      'request headers',
      { requestHeaders: ['Authorization'] },
      {},
      {},
      { field: 'requestHeaders', from: undefined, to: '[Authorization]' },
    ],
    [
      'description',
      { description: 'New text' },
      {},
      {},
      { field: 'description', from: 'Customer support agent', to: 'New text' },
    ],
  ])('%s', (_name, settings, options, live, change) => {
    expect(diffRuntimeConfiguration(desired(settings, options), liveRuntime(live))).toEqual([change])
  })
})

describe('diffRuntimeConfiguration: secrets', () => {
  it('reports a changed secret value without either value', () => {
    const changes = diffRuntimeConfiguration(desired({}, { secret: 'n3w-value' }), liveRuntime())
    expect(changes).toEqual([{ field: 'environment.VENDOR_API_KEY', secret: true, added: false }])
    expect(JSON.stringify(changes)).not.toMatch(/s3cret|n3w-value/)
    expect(describeRuntimeChange(changes[0])).toBe('environment.VENDOR_API_KEY: changed (secret)')
  })

  it('reports a secret missing live as added', () => {
    const live = liveRuntime({ environmentVariables: { LOG_LEVEL: 'info', REGION_NAME: 'east' } })
    const changes = diffRuntimeConfiguration(desired(), live)
    expect(changes).toEqual([{ field: 'environment.VENDOR_API_KEY', secret: true, added: true }])
    expect(describeRuntimeChange(changes[0])).toBe('environment.VENDOR_API_KEY: added (secret)')
  })

  it('checks only presence when the secret value is unknown (drift-check)', () => {
    const wanted = desiredRuntime(runtimeSettings(), { containerUri: IMAGE, roleArn: ROLE_ARN })
    expect(diffRuntimeConfiguration(wanted, liveRuntime())).toEqual([])
    expect(
      diffRuntimeConfiguration(
        wanted,
        liveRuntime({ environmentVariables: { LOG_LEVEL: 'info', REGION_NAME: 'east' } }),
      ),
    ).toEqual([{ field: 'environment.VENDOR_API_KEY', secret: true, added: true }])
  })

  it('a secret that became plain shows the plain value only on the new side', () => {
    const changes = diffRuntimeConfiguration(
      desired({ secrets: [], environment: { LOG_LEVEL: 'info', REGION_NAME: 'east', VENDOR_API_KEY: 'public' } }),
      liveRuntime(),
    )
    expect(changes).toEqual([{ field: 'environment.VENDOR_API_KEY', from: 's3cret', to: 'public' }])
  })
})

describe('describeRuntimeChange', () => {
  it('renders from → to with (not set) for absent values', () => {
    expect(describeRuntimeChange({ field: 'environment.NEW', to: '1' })).toBe('environment.NEW: (not set) → 1')
  })
})

describe('normaliseImageUri', () => {
  it.each([
    [`${REPO_URI}:v1@${DIGEST}`, `${REPO_URI}@${DIGEST}`],
    [`${REPO_URI}@${DIGEST}`, `${REPO_URI}@${DIGEST}`],
    [`${REPO_URI}:v1`, `${REPO_URI}:v1`],
    [undefined, undefined],
  ])('%s → %s', (input, output) => {
    expect(normaliseImageUri(input)).toBe(output)
  })
})

import { describe, expect, it } from '@jest/globals'
import { desiredRuntime, resolveRoleArn, runtimeRequest } from '../../../shared/agentcore/runtime-configuration.js'
import { ACCOUNT, IMAGE, ROLE_ARN, environmentSettings, liveRuntime, runtimeSettings } from './runtime-fixtures.js'

describe('resolveRoleArn', () => {
  it('prefers the input, then the config’s arn, then the role ensure-role manages', () => {
    const managed = runtimeSettings()
    const own = runtimeSettings({ role: { kind: 'existing', arn: `arn:aws:iam::${ACCOUNT}:role/mine` } })
    const environment = environmentSettings()
    expect(resolveRoleArn(own, environment, 'arn:aws:iam::1:role/x')).toBe('arn:aws:iam::1:role/x')
    expect(resolveRoleArn(own, environment)).toBe(`arn:aws:iam::${ACCOUNT}:role/mine`)
    expect(resolveRoleArn(managed, environment)).toBe(ROLE_ARN)
  })
})

describe('runtimeRequest', () => {
  const secrets = { VENDOR_API_KEY: 's3cret' }

  it('fills the lifecycle defaults and merges secrets into the environment for a create', () => {
    const desired = desiredRuntime(runtimeSettings(), { containerUri: IMAGE, roleArn: ROLE_ARN, secretValues: secrets })
    expect(runtimeRequest(desired, undefined, 'desc')).toEqual({
      agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE } },
      roleArn: ROLE_ARN,
      networkConfiguration: { networkMode: 'PUBLIC' },
      protocolConfiguration: { serverProtocol: 'HTTP' },
      environmentVariables: { LOG_LEVEL: 'info', REGION_NAME: 'east', VENDOR_API_KEY: 's3cret' },
      lifecycleConfiguration: { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 },
      description: 'desc',
    })
  })

  it('carries what the config does not manage from the live version', () => {
    const settings = runtimeSettings({
      network: { mode: 'VPC', subnets: ['subnet-aaaaaaaa'], securityGroups: ['sg-11111111'] },
      authorizer: { jwt: { discoveryUrl: 'https://idp/x', allowedAudience: ['api'] } },
      requestHeaders: ['Authorization'],
    })
    const live = liveRuntime({
      networkConfiguration: {
        networkMode: 'VPC',
        networkModeConfig: {
          subnets: ['subnet-old00000'],
          securityGroups: ['sg-old00000'],
          requireServiceS3Endpoint: false,
        },
      },
      authorizerConfiguration: {
        customJWTAuthorizer: { discoveryUrl: 'https://idp/x', allowedClients: ['old'], customClaims: [] },
      },
      metadataConfiguration: { requireMMDSV2: true },
      filesystemConfigurations: [{ sessionStorage: { mountPath: '/mnt/data' } }],
      platformVersion: '2',
    })
    // A secret whose value is not known keeps the live value.
    const desired = desiredRuntime(settings, { roleArn: ROLE_ARN })
    const request = runtimeRequest(desired, live, 'desc')
    expect(request).toMatchObject({
      agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE } },
      networkConfiguration: {
        networkMode: 'VPC',
        networkModeConfig: {
          subnets: ['subnet-aaaaaaaa'],
          securityGroups: ['sg-11111111'],
          requireServiceS3Endpoint: false,
        },
      },
      authorizerConfiguration: {
        customJWTAuthorizer: { discoveryUrl: 'https://idp/x', allowedAudience: ['api'], customClaims: [] },
      },
      requestHeaderConfiguration: { requestHeaderAllowlist: ['Authorization'] },
      metadataConfiguration: { requireMMDSV2: true },
      filesystemConfigurations: [{ sessionStorage: { mountPath: '/mnt/data' } }],
      platformVersion: '2',
      environmentVariables: { LOG_LEVEL: 'info', REGION_NAME: 'east', VENDOR_API_KEY: 's3cret' },
    })
    // allowedClients is managed by the config (not set there): not carried.
    expect(request.authorizerConfiguration?.customJWTAuthorizer).not.toHaveProperty('allowedClients')
  })

  it('drops live environment variables the config no longer has', () => {
    const desired = desiredRuntime(runtimeSettings({ environment: {} }), { roleArn: ROLE_ARN, secretValues: secrets })
    expect(runtimeRequest(desired, liveRuntime(), 'd').environmentVariables).toEqual({ VENDOR_API_KEY: 's3cret' })
  })
})

// Shared fixtures for the shared/agentcore and shared/diff tests: resolved config objects as the loader produces
// them, an AwsClients whose clients are real SDK clients (mocked with aws-sdk-client-mock by the tests), and a
// live GetAgentRuntime answer that matches the fixture config.
import { BedrockAgentCoreControlClient, type GetAgentRuntimeResponse } from '@aws-sdk/client-bedrock-agentcore-control'
import { ECRClient } from '@aws-sdk/client-ecr'
import type { AwsClients } from '../../../shared/aws/clients.js'
import type { EnvironmentSettings, RuntimeSettings } from '../../../shared/config/types.js'

export const ACCOUNT = '222222222222'
export const REGION = 'us-east-1'
export const DIGEST = `sha256:${'a'.repeat(64)}`
export const DIGEST_2 = `sha256:${'b'.repeat(64)}`
export const REPO_URI = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot`
export const IMAGE = `${REPO_URI}@${DIGEST}`
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/AgentCore-prod-support_bot`

export function runtimeSettings(overrides: Partial<RuntimeSettings> = {}): RuntimeSettings {
  return {
    key: 'support_bot',
    agentRuntimeName: 'support_bot',
    description: 'Customer support agent',
    image: {
      repository: 'support-bot',
      context: '.',
      dockerfile: 'Dockerfile',
      platform: 'linux/arm64',
      buildArgs: {},
      scanOnPush: true,
      tagMutability: 'IMMUTABLE',
      keepImages: 30,
    },
    protocol: 'HTTP',
    network: { mode: 'PUBLIC' },
    environment: { LOG_LEVEL: 'info', REGION_NAME: 'east' },
    secrets: ['VENDOR_API_KEY'],
    lifecycle: {},
    role: { kind: 'managed', models: ['anthropic.claude-sonnet-4-5*'], managedPolicies: [], statements: [] },
    endpoints: { live: 'latest' },
    tags: { team: 'support' },
    ...overrides,
  }
}

export function environmentSettings(runtime: RuntimeSettings = runtimeSettings()): EnvironmentSettings {
  return { name: 'prod', account: ACCOUNT, region: REGION, tags: {}, runtimes: { [runtime.key]: runtime } }
}

/** The live answer for a runtime deployed from {@link runtimeSettings} with secret value `s3cret`. */
export function liveRuntime(overrides: Partial<GetAgentRuntimeResponse> = {}): GetAgentRuntimeResponse {
  return {
    agentRuntimeArn: `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/support_bot-AbCdEf1234`,
    agentRuntimeName: 'support_bot',
    agentRuntimeId: 'support_bot-AbCdEf1234',
    agentRuntimeVersion: '1',
    createdAt: new Date(0),
    lastUpdatedAt: new Date(0),
    roleArn: ROLE_ARN,
    status: 'READY',
    networkConfiguration: { networkMode: 'PUBLIC' },
    lifecycleConfiguration: { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 },
    description: `Customer support agent\nagentcore-actions: commit=0123456789abcdef run=https://github.com/o/r/actions/runs/1 image=${DIGEST}`,
    agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE } },
    protocolConfiguration: { serverProtocol: 'HTTP' },
    environmentVariables: { REGION_NAME: 'east', LOG_LEVEL: 'info', VENDOR_API_KEY: 's3cret' },
    ...overrides,
  }
}

/** AwsClients backed by real SDK clients (the tests mock their `send` with aws-sdk-client-mock). */
export function awsClients(): AwsClients & { controlClient: BedrockAgentCoreControlClient; ecrClient: ECRClient } {
  const credentials = { accessKeyId: 'AKIA222222222222', secretAccessKey: 'x' }
  const controlClient = new BedrockAgentCoreControlClient({ region: REGION, credentials })
  const ecrClient = new ECRClient({ region: REGION, credentials })
  const unused = async (): Promise<never> => {
    throw new Error('not used in this test')
  }
  return {
    region: REGION,
    controlClient,
    ecrClient,
    control: async () => controlClient,
    ecr: async () => ecrClient,
    data: unused,
    iam: unused,
    cloudFormation: unused,
    sts: unused,
  }
}

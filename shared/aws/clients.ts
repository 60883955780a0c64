/**
 * The only place AWS SDK clients are constructed. Every client gets the region, a user-agent suffix naming the
 * action and the suite's version, and credentials from the SDK's default chain (or the ones given). No endpoint
 * is ever set here: `AWS_ENDPOINT_URL` and `AWS_ENDPOINT_URL_<SERVICE>` keep working, which is also how the tests
 * point the real SDK at the local emulator.
 *
 * Clients are loaded lazily (`await clients.ecr()`): an action loads only the SDK packages its run uses, which
 * keeps start-up close to the cost of the one client it needs first.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import type { BedrockAgentCoreControlClient } from '@aws-sdk/client-bedrock-agentcore-control'
import type { BedrockAgentCoreClient } from '@aws-sdk/client-bedrock-agentcore'
import type { ECRClient } from '@aws-sdk/client-ecr'
import type { IAMClient } from '@aws-sdk/client-iam'
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import type { STSClient } from '@aws-sdk/client-sts'

/** The suite's version, sent in the user agent. */
export const SUITE_VERSION = '0.1.0'

/** How to build clients. */
export interface AwsClientOptions {
  region: string
  /** Action name for the user agent (`deploy-runtime`). */
  action: string
  /** Credentials to use instead of the default chain (e.g. from an assumed per-environment role). */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
}

/** Lazily built, memoised clients for one region and one set of credentials. */
export interface AwsClients {
  readonly region: string
  control(): Promise<BedrockAgentCoreControlClient>
  data(): Promise<BedrockAgentCoreClient>
  ecr(): Promise<ECRClient>
  iam(): Promise<IAMClient>
  cloudFormation(): Promise<CloudFormationClient>
  sts(): Promise<STSClient>
}

/** The configuration every client shares. */
export function clientConfig(options: AwsClientOptions): Record<string, unknown> {
  const config: Record<string, unknown> = {
    region: options.region,
    customUserAgent: [[`agentcore-actions`, SUITE_VERSION], [`action/${options.action}`]],
  }
  // The SDK reads AWS_MAX_ATTEMPTS / AWS_RETRY_MODE itself; setting them in code would override the user's choice.
  if (!process.env.AWS_RETRY_MODE) config.retryMode = 'adaptive'
  if (!process.env.AWS_MAX_ATTEMPTS) config.maxAttempts = 5
  // Every call has a deadline: left alone, the SDK waits forever for a silent answer (no socket timeout).
  config.requestHandler = { connectionTimeout: 10_000, socketTimeout: httpTimeoutMs(process.env) }
  if (options.credentials) config.credentials = options.credentials
  return config
}

/** Default for {@link httpTimeoutMs}: how long an AWS answer may stay silent before the call fails. */
export const DEFAULT_HTTP_TIMEOUT_MS = 120_000

/**
 * The socket inactivity timeout of every AWS call, in ms: `AGENTCORE_ACTIONS_HTTP_TIMEOUT_MS` when it is a positive
 * integer, else {@link DEFAULT_HTTP_TIMEOUT_MS} (long enough for a streamed agent answer that pauses between chunks).
 * A timed-out call fails with the SDK's `TimeoutError` and is retried like any other transient failure.
 */
export function httpTimeoutMs(env: Record<string, string | undefined>): number {
  const value = Number(env.AGENTCORE_ACTIONS_HTTP_TIMEOUT_MS)
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_HTTP_TIMEOUT_MS
}

/** Creates the lazy client set for a region. */
export function createAwsClients(options: AwsClientOptions): AwsClients {
  const config = clientConfig(options)
  const cache = new Map<string, Promise<unknown>>()
  const once = <T>(key: string, build: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, build())
    return cache.get(key) as Promise<T>
  }
  return {
    region: options.region,
    control: () =>
      once(
        'control',
        async () =>
          new (await import('@aws-sdk/client-bedrock-agentcore-control')).BedrockAgentCoreControlClient(config),
      ),
    data: () =>
      once('data', async () => new (await import('@aws-sdk/client-bedrock-agentcore')).BedrockAgentCoreClient(config)),
    ecr: () => once('ecr', async () => new (await import('@aws-sdk/client-ecr')).ECRClient(config)),
    iam: () => once('iam', async () => new (await import('@aws-sdk/client-iam')).IAMClient(config)),
    cloudFormation: () =>
      once('cfn', async () => new (await import('@aws-sdk/client-cloudformation')).CloudFormationClient(config)),
    sts: () => once('sts', async () => new (await import('@aws-sdk/client-sts')).STSClient(config)),
  }
}

/**
 * The account guard: deploying with credentials of another account than the environment's is refused before
 * anything changes.
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { ConfigError, attempt } from '../errors/index.js'
import type { AwsClients } from './clients.js'

/** The account the credentials belong to. */
export async function callerAccount(aws: AwsClients): Promise<string> {
  const sts = await aws.sts()
  const identity = await attempt('read the caller identity', 'sts:GetCallerIdentity', () =>
    sts.send(new GetCallerIdentityCommand({})),
  )
  return identity.Account ?? ''
}

/** Throws a {@link ConfigError} when the credentials are not for `expected` (the environment's account). */
export async function assertAccount(aws: AwsClients, expected: string, environment: string): Promise<string> {
  const actual = await callerAccount(aws)
  if (actual !== expected) {
    throw new ConfigError(
      `Refusing to touch environment '${environment}': it belongs to account ${expected}, but the AWS credentials are for account ${actual || '(unknown)'}. ` +
        `Configure credentials for account ${expected} (e.g. the role-to-assume of aws-actions/configure-aws-credentials) or fix 'account' in the config.`,
    )
  }
  return actual
}

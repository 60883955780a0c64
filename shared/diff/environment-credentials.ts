/**
 * Clients per environment for a job that reads several accounts (drift-check over dev, staging and prod). An
 * environment with `roleToAssume` is read with that role's credentials, obtained by STS AssumeRole with the job's
 * own credentials (typically an OIDC role allowed to assume each environment's read-only role); the others use the
 * job's credentials as they are. One assumed session per environment, short-lived, named after the action.
 */
import { AssumeRoleCommand } from '@aws-sdk/client-sts'
import { createAwsClients, type AwsClients } from '../aws/clients.js'
import type { EnvironmentSettings } from '../config/types.js'
import { attempt } from '../errors/index.js'

/** Builds an environment's clients. */
export type ClientsForEnvironment = (environment: EnvironmentSettings) => Promise<AwsClients>

/** The factory drift-check uses: plain clients, or assumed-role clients when the environment names a role. */
export function environmentClients(action: string): ClientsForEnvironment {
  return async (environment) => {
    const base = createAwsClients({ region: environment.region, action })
    if (!environment.roleToAssume) return base
    const sts = await base.sts()
    const roleArn = environment.roleToAssume
    const assumed = await attempt('assume role', roleArn, () =>
      sts.send(
        new AssumeRoleCommand({
          RoleArn: roleArn,
          RoleSessionName: `${action}-${environment.name}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64),
          DurationSeconds: 900,
        }),
      ),
    )
    const c = assumed.Credentials
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`AssumeRole on ${roleArn} returned no credentials`)
    return createAwsClients({
      region: environment.region,
      action,
      credentials: {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
        ...(c.Expiration ? { expiration: c.Expiration } : {}),
      },
    })
  }
}

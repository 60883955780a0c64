/**
 * AWS STS (awsQuery, XML answers): GetCallerIdentity, which the suite uses to check that the credentials belong to
 * the account an environment names. The account comes from the caller's access key id (see `accounts.ts`).
 * AssumeRole (drift-check reads each environment's account with its `roleToAssume`): the role must exist in the
 * emulated IAM of its account and its trust policy must name the caller's account (as `<account>` or
 * `arn:aws:iam::<account>:root`, or `*`) in an `AWS` principal; otherwise AccessDenied, as STS answers. The temporary
 * access key id ends in the role's account digits, so later calls with it act in that account (`accounts.ts`).
 * Other actions are `InvalidAction`.
 */
import { randomBytes } from 'node:crypto'
import type { ServiceHost } from '../host.js'
import type { IamService } from './iam.js'
import { parseForm, queryError, queryResult } from '../protocols/query.js'
import type { EmulatorRequest, EmulatorResponse, Service } from '../types.js'

const NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/'

/** STS: GetCallerIdentity. */
export function createStsService(host: ServiceHost): Service {
  const operation = (req: EmulatorRequest) => parseForm(req.body).get('Action') ?? 'Unknown'

  async function handle(req: EmulatorRequest, action: string): Promise<EmulatorResponse> {
    if (action === 'AssumeRole') return assumeRole(req)
    if (action !== 'GetCallerIdentity')
      return queryError({
        type: 'InvalidAction',
        status: 400,
        message: `The action ${action} is not valid for this web service (the emulator implements GetCallerIdentity).`,
      })
    return queryResult('GetCallerIdentity', NAMESPACE, {
      // An IAM user named after the key: stable per key, and it shows which credentials were used.
      UserId: userIdOf(req.accessKeyId ?? 'anonymous'),
      Account: req.account,
      Arn: `arn:aws:iam::${req.account}:user/emulator-${req.accessKeyId ?? 'anonymous'}`,
    })
  }

  function assumeRole(req: EmulatorRequest): EmulatorResponse {
    const form = parseForm(req.body)
    const roleArn = form.get('RoleArn') ?? ''
    const sessionName = form.get('RoleSessionName') ?? ''
    const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]{1,64})$/.exec(roleArn)
    if (!match || !/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
      return queryError({
        type: 'ValidationError',
        status: 400,
        message: `Invalid RoleArn '${roleArn}' or RoleSessionName`,
      })
    }
    const [, account, roleName] = match
    const denied = queryError({
      type: 'AccessDenied',
      status: 403,
      message: `User: arn:aws:iam::${req.account}:user/emulator-${req.accessKeyId ?? 'anonymous'} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
    })
    const role = host.service<IamService>('iam').roles.find(account, roleName)
    if (!role || !trusts(role.assumeRolePolicyDocument, req.account)) return denied
    const duration = Number(form.get('DurationSeconds') ?? 3600)
    return queryResult('AssumeRole', NAMESPACE, {
      Credentials: {
        AccessKeyId: `ASIA${randomBytes(2).toString('hex').toUpperCase()}${account}`,
        SecretAccessKey: randomBytes(30).toString('base64'),
        SessionToken: randomBytes(60).toString('base64'),
        Expiration: new Date(Date.now() + duration * 1000).toISOString(),
      },
      AssumedRoleUser: {
        AssumedRoleId: `AROA${randomBytes(8).toString('hex').toUpperCase()}:${sessionName}`,
        Arn: `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`,
      },
    })
  }

  return { name: 'sts', operation, handle, reset: () => undefined, snapshot: () => ({}) }
}

/** An IAM unique id (`AIDA` + 17 uppercase alphanumerics) derived from the access key id. */
function userIdOf(accessKeyId: string): string {
  const body = accessKeyId
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .padEnd(17, 'X')
    .slice(-17)
  return `AIDA${body}`
}

/** Whether a trust policy lets principals of `account` assume the role (an Allow with an AWS principal naming it). */
function trusts(document: string, account: string): boolean {
  let policy: { Statement?: unknown }
  try {
    policy = JSON.parse(decodeURIComponent(document)) as { Statement?: unknown }
  } catch {
    return false
  }
  const statements = ([] as unknown[]).concat(policy.Statement ?? []) as {
    Effect?: string
    Action?: string | string[]
    Principal?: { AWS?: string | string[] } | string
  }[]
  return statements.some((st) => {
    if (st.Effect !== 'Allow') return false
    const actions = ([] as string[]).concat(st.Action ?? [])
    if (!actions.some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*')) return false
    if (st.Principal === '*') return true
    const principals = typeof st.Principal === 'object' ? ([] as string[]).concat(st.Principal.AWS ?? []) : []
    return principals.some((p) => p === '*' || p === account || p.startsWith(`arn:aws:iam::${account}:`))
  })
}

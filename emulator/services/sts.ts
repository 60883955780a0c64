/**
 * AWS STS (awsQuery, XML answers): GetCallerIdentity, which the suite uses to check that the credentials belong to
 * the account an environment names. The account comes from the caller's access key id (see `accounts.ts`).
 * Other actions are `InvalidAction` (the suite assumes roles through the runner's OIDC step, not through STS here).
 */
import type { ServiceHost } from '../host.js'
import { parseForm, queryError, queryResult } from '../protocols/query.js'
import type { EmulatorRequest, EmulatorResponse, Service } from '../types.js'

const NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/'

/** STS: GetCallerIdentity. */
export function createStsService(_host: ServiceHost): Service {
  const operation = (req: EmulatorRequest) => parseForm(req.body).get('Action') ?? 'Unknown'

  async function handle(req: EmulatorRequest, action: string): Promise<EmulatorResponse> {
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

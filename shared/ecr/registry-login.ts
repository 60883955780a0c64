/**
 * ECR registry credentials from `GetAuthorizationToken`: the token is `base64("AWS:<password>")` and the proxy
 * endpoint is where pushes and pulls go. In AWS the proxy host equals the repository URI's host; elsewhere (a
 * local registry) it may not, which is why callers push to the proxy host and report the repository URI.
 */
import { GetAuthorizationTokenCommand, type ECRClient } from '@aws-sdk/client-ecr'
import { attempt } from '../errors/index.js'
import type { RegistryLogin } from '../container/builder.js'

/** Registry credentials plus where to reach the registry. */
export interface EcrLogin extends RegistryLogin {
  /** `https://<account>.dkr.ecr.<region>.amazonaws.com` (or `http://127.0.0.1:<port>`). */
  proxyEndpoint: string
  expiresAt?: Date
}

/** Decodes an authorization token into user and password. */
export function decodeAuthorizationToken(token: string): { username: string; password: string } {
  const text = Buffer.from(token, 'base64').toString('utf8')
  const colon = text.indexOf(':')
  if (colon <= 0) throw new Error('the ECR authorization token is not "user:password"')
  return { username: text.slice(0, colon), password: text.slice(colon + 1) }
}

/**
 * Gets credentials for a registry: the caller's own, or another account's (`registryId`) for cross-account copies.
 * `onSecret` is called with the password before anything else sees it, so that it is masked in every log.
 */
export async function ecrLogin(
  ecr: ECRClient,
  onSecret: (value: string) => void,
  registryId?: string,
): Promise<EcrLogin> {
  const response = await attempt('get an ECR authorization token', registryId ?? 'default registry', () =>
    ecr.send(new GetAuthorizationTokenCommand(registryId ? { registryIds: [registryId] } : {})),
  )
  const data = response.authorizationData?.[0]
  if (!data?.authorizationToken || !data.proxyEndpoint)
    throw new Error('GetAuthorizationToken returned no authorization data')
  const { username, password } = decodeAuthorizationToken(data.authorizationToken)
  onSecret(password)
  onSecret(data.authorizationToken)
  const url = new URL(data.proxyEndpoint)
  return {
    host: url.host,
    username,
    password,
    insecure: url.protocol === 'http:',
    proxyEndpoint: data.proxyEndpoint.replace(/\/+$/, ''),
    expiresAt: data.expiresAt,
  }
}

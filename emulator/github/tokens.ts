/**
 * GitHub token checks. A request without a token is 401 "Requires authentication". Tokens are accepted as
 * follows: while no token is registered, any token is a `write` token (the emulator's default, so that a test
 * needs no setup); once tokens are registered (emulator option `githubTokens: {token: 'write' | 'read'}` or
 * `POST /_emulator/github/tokens {"token", "permission"}`), only those are valid and any other is 401
 * "Bad credentials". A `read` token gets 403 "Resource not accessible by integration" on writes, as a
 * GITHUB_TOKEN without `pull-requests: write` (or a fork's token) does.
 */
import type { IncomingHttpHeaders } from 'node:http'

export type TokenPermission = 'read' | 'write'

/** The bot every comment and deployment is created by. */
export const BOT_USER = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

/** Why a request is refused, as GitHub answers it. */
export interface TokenRefusal {
  status: 401 | 403
  message: string
}

/** The registered tokens. */
export class TokenBook {
  private readonly tokens = new Map<string, TokenPermission>()

  constructor(private readonly initial: Record<string, TokenPermission> = {}) {
    this.reset()
  }

  register(token: string, permission: TokenPermission): void {
    this.tokens.set(token, permission)
  }

  reset(): void {
    this.tokens.clear()
    for (const [token, permission] of Object.entries(this.initial)) this.tokens.set(token, permission)
  }

  /** Undefined when the request may proceed; else the refusal. */
  check(headers: IncomingHttpHeaders, write: boolean): TokenRefusal | undefined {
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(String(headers.authorization ?? ''))
    if (!match) return { status: 401, message: 'Requires authentication' }
    const permission = this.tokens.size === 0 ? 'write' : this.tokens.get(match[1])
    if (!permission) return { status: 401, message: 'Bad credentials' }
    if (write && permission !== 'write') return { status: 403, message: 'Resource not accessible by integration' }
    return undefined
  }

  /** Registered tokens are secrets: only their count and permissions are shown. */
  snapshot(): unknown {
    return { registered: [...this.tokens.values()] }
  }
}

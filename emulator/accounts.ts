/**
 * Credentials map to accounts, so that STS GetCallerIdentity and every ARN carry the account the caller's
 * credentials belong to. An access key id ending in 12 digits (`AKIA222222222222`) belongs to that account;
 * others can be mapped explicitly; the rest belong to the default account.
 */
export const DEFAULT_ACCOUNT = '123456789012'

export class AccountBook {
  private readonly map = new Map<string, string>()
  constructor(
    initial: Record<string, string> = {},
    readonly defaultAccount = DEFAULT_ACCOUNT,
  ) {
    for (const [key, account] of Object.entries(initial)) this.map.set(key, account)
  }
  set(accessKeyId: string, account: string): void {
    this.map.set(accessKeyId, account)
  }
  accountOf(accessKeyId: string | undefined): string {
    if (accessKeyId === undefined) return this.defaultAccount
    const mapped = this.map.get(accessKeyId)
    if (mapped) return mapped
    const digits = /(\d{12})$/.exec(accessKeyId)
    return digits ? digits[1] : this.defaultAccount
  }
}

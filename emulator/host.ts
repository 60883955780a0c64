/** What every service gets from the emulator: settings, faults, accounts, a scratch directory, its siblings. */
import type { AccountBook } from './accounts.js'
import type { FaultBook } from './faults.js'
import type { EmulatorSettings, Service } from './types.js'

export interface ServiceHost {
  readonly settings: EmulatorSettings
  readonly faults: FaultBook
  readonly accounts: AccountBook
  /** A private temporary directory (registry storage, agent processes' files). */
  readonly workDir: string
  /** The emulator's own base URL once listening (`http://127.0.0.1:PORT`). */
  baseUrl(): string
  /** Another service by name, for cross-service reads (e.g. CloudFormation creating IAM roles). */
  service<T extends Service>(name: string): T
  /** Options passed to startEmulator, for services that take their own (e.g. `registry`). */
  readonly options: Record<string, unknown>
}

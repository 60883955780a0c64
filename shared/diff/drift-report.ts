/**
 * The drift report: one data structure, rendered once as markdown (job summary, PR comment) and written as JSON
 * (the `report` output). Secret environment variables appear by name only, never by value.
 */

/** What kind of difference an item is. */
export type DriftKind =
  | 'runtime-missing'
  | 'runtime-unmanaged'
  | 'runtime-field'
  | 'runtime-status'
  | 'endpoint-missing'
  | 'endpoint-extra'
  | 'endpoint-version'
  | 'endpoint-status'
  | 'role-stack'
  | 'role-stack-missing'
  | 'read-error'

/** One difference between the config and what runs. */
export interface DriftItem {
  kind: DriftKind
  /** The runtime's AgentCore name. */
  runtime: string
  endpoint?: string
  /** `image`, `environment.LOG_LEVEL`, `lifecycle.idleTimeoutSeconds`, a role stack resource… */
  field?: string
  /** What the config says (absent for secrets). */
  expected?: string
  /** What runs (absent for secrets). */
  actual?: string
  /** A secret environment variable: only the fact that it differs is shown. */
  secret?: boolean
  /** One line a person reads. */
  message: string
}

/** One runtime of the config, as checked. */
export interface RuntimeDrift {
  /** Config key. */
  key: string
  name: string
  status: 'in-sync' | 'drifted' | 'missing' | 'error'
  runtimeId?: string
  latestVersion?: string
  items: DriftItem[]
}

/** One environment, as checked. */
export interface EnvironmentDrift {
  name: string
  account: string
  region: string
  /** `error`: the environment could not be read (no permission, wrong account); its runtimes are unknown. */
  status: 'in-sync' | 'drifted' | 'error'
  error?: string
  runtimes: RuntimeDrift[]
  /** Runtimes tagged as managed by this config and environment that the config no longer has. */
  unmanaged: DriftItem[]
}

/** The whole report. */
export interface DriftReport {
  /** The config path as given. */
  config: string
  checkedAt: string
  environments: EnvironmentDrift[]
  hasDrift: boolean
  counts: DriftCounts
}

/** Totals for outputs and headlines. */
export interface DriftCounts {
  environments: number
  runtimes: number
  /** Runtimes with at least one difference (missing ones included). */
  driftedRuntimes: number
  unmanagedRuntimes: number
  /** Every difference. */
  items: number
  /** Environments that could not be read. */
  unreadableEnvironments: number
  /** Runtimes of readable environments whose details could not be read (reported, not counted as drift). */
  unreadableRuntimes: number
}

/** Every item of an environment, runtimes first then unmanaged runtimes. */
export function environmentItems(environment: EnvironmentDrift): DriftItem[] {
  return [...environment.runtimes.flatMap((r) => r.items), ...environment.unmanaged]
}

/** Assembles a report and its counts from checked environments. */
export function buildDriftReport(config: string, environments: EnvironmentDrift[], checkedAt: Date): DriftReport {
  // A runtime that could not be read is reported, but is not drift: nothing is known to differ.
  const differences = (e: EnvironmentDrift) => environmentItems(e).filter((i) => i.kind !== 'read-error').length
  const counts: DriftCounts = {
    environments: environments.length,
    runtimes: environments.reduce((n, e) => n + e.runtimes.length, 0),
    driftedRuntimes: environments.reduce(
      (n, e) => n + e.runtimes.filter((r) => r.status === 'drifted' || r.status === 'missing').length,
      0,
    ),
    unmanagedRuntimes: environments.reduce((n, e) => n + e.unmanaged.length, 0),
    items: environments.reduce((n, e) => n + differences(e), 0),
    unreadableEnvironments: environments.filter((e) => e.status === 'error').length,
    unreadableRuntimes: environments.reduce((n, e) => n + e.runtimes.filter((r) => r.status === 'error').length, 0),
  }
  return {
    config,
    checkedAt: checkedAt.toISOString(),
    environments,
    hasDrift: counts.items > 0,
    counts,
  }
}

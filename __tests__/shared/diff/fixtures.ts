// Config objects for drift tests, built directly as the loader resolves them.
import type { EnvironmentSettings, LoadedConfig, RuntimeSettings } from '../../../shared/config/types.js'

export function runtimeSettings(name: string, over: Partial<RuntimeSettings> = {}): RuntimeSettings {
  return {
    key: name,
    agentRuntimeName: name,
    image: {
      repository: name.replace(/_/g, '-'),
      context: '.',
      dockerfile: 'Dockerfile',
      platform: 'linux/arm64',
      buildArgs: {},
      scanOnPush: true,
      tagMutability: 'IMMUTABLE',
      keepImages: 10,
    },
    protocol: 'HTTP',
    network: { mode: 'PUBLIC' },
    environment: { LOG_LEVEL: 'info' },
    secrets: ['VENDOR_API_KEY'],
    lifecycle: {},
    role: { kind: 'existing', arn: 'arn:aws:iam::111111111111:role/agent' },
    endpoints: { live: 'latest' },
    tags: {},
    ...over,
  }
}

export function environment(
  name: string,
  runtimes: RuntimeSettings[],
  over: Partial<EnvironmentSettings> = {},
): EnvironmentSettings {
  return {
    name,
    account: '111111111111',
    region: 'us-east-1',
    tags: {},
    runtimes: Object.fromEntries(runtimes.map((r) => [r.key, r])),
    ...over,
  }
}

export function loadedConfig(environments: EnvironmentSettings[]): LoadedConfig {
  const keys = [...new Set(environments.flatMap((e) => Object.keys(e.runtimes)))]
  return {
    path: 'agentcore.yaml',
    version: 1,
    runtimeKeys: keys,
    environments: Object.fromEntries(environments.map((e) => [e.name, e])),
  }
}

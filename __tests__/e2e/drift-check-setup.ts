/**
 * Setup shared by the drift-check and invoke-smoke-test end-to-end tests: an emulator, a config file in a temporary
 * workspace, and runtimes deployed the way deploy-runtime deploys them (its logic, in process, with a seeded image),
 * plus named endpoints as promote-endpoint leaves them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  CreateAgentRuntimeEndpointCommand,
  GetAgentRuntimeEndpointCommand,
  UpdateAgentRuntimeEndpointCommand,
  type BedrockAgentCoreControlClient,
} from '@aws-sdk/client-bedrock-agentcore-control'
import { MemoryLogger } from '../../shared/action/logger.js'
import { systemClock } from '../../shared/action/clock.js'
import { createAwsClients, type AwsClients } from '../../shared/aws/clients.js'
import { deployRuntime } from '../../shared/agentcore/runtime-deploy.js'
import { parseConfig } from '../../shared/config/index.js'
import type { Emulator } from '../../emulator/index.js'
import type { EcrService } from '../../emulator/services/ecr.js'

export const ACCOUNT = '111111111111'
export const REGION = 'us-east-1'
export const ACCESS_KEY = `AKIA${ACCOUNT}`

/** Points this process's SDK clients at the emulator (what a runner's env does for the bundle). */
export function useEmulator(emulator: Emulator): Record<string, string> {
  const env = {
    AWS_ENDPOINT_URL: emulator.awsEndpointUrl,
    AWS_ACCESS_KEY_ID: ACCESS_KEY,
    AWS_SECRET_ACCESS_KEY: 'emulator-secret',
    AWS_REGION: REGION,
    AWS_MAX_ATTEMPTS: '1',
    GITHUB_API_URL: emulator.githubApiUrl,
  }
  Object.assign(process.env, env)
  return env
}

/** A temporary workspace holding `agentcore.yaml`. */
export function workspace(yaml: string): { dir: string; write(yaml: string): void; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'agentcore-e2e-'))
  const write = (text: string) => writeFileSync(join(dir, 'agentcore.yaml'), text)
  write(yaml)
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Seeds an arm64 image in the emulator's ECR and returns its digest-pinned URI. */
export function seedImage(emulator: Emulator, repository: string, tag = 'v1', region = REGION): string {
  const digest = emulator
    .service<EcrService>('ecr')
    .seedImage(ACCOUNT, region, repository, { tag, content: `${repository}:${tag}` })
  return `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com/${repository}@${digest}`
}

/** Deploys one runtime of one environment of `yaml` as deploy-runtime does, then creates its named endpoints. */
export async function deploy(
  yaml: string,
  options: { environment: string; runtime: string; image: string; secrets?: Record<string, string>; aws?: AwsClients },
): Promise<{ runtimeId: string; runtimeArn: string; version: string }> {
  const config = parseConfig(yaml, 'agentcore.yaml')
  const environment = config.environments[options.environment]
  const runtime = environment.runtimes[options.runtime]
  const aws = options.aws ?? createAwsClients({ region: environment.region, action: 'e2e-setup' })
  const result = await deployRuntime(
    {
      environment,
      runtime,
      configPath: 'agentcore.yaml',
      image: options.image,
      secretValues: options.secrets ?? {},
      waitTimeoutMs: 30_000,
      dryRun: false,
      origin: { commit: '0123456789abcdef0123456789abcdef01234567' },
    },
    { aws, log: new MemoryLogger(), clock: systemClock },
  )
  const control = await aws.control()
  for (const [name, selector] of Object.entries(runtime.endpoints)) {
    const version = selector === 'latest' ? result.version : selector
    const exists = await control
      .send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: result.runtimeId, endpointName: name }))
      .then(
        () => true,
        () => false,
      )
    const id = result.runtimeId
    if (exists)
      await control.send(
        new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: name, agentRuntimeVersion: version }),
      )
    else
      await control.send(
        new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name, agentRuntimeVersion: version }),
      )
    await waitForEndpoint(control, result.runtimeId as string, name)
  }
  return {
    runtimeId: result.runtimeId as string,
    runtimeArn: result.runtimeArn as string,
    version: result.version as string,
  }
}

/** Waits until an endpoint is READY. */
export async function waitForEndpoint(
  control: BedrockAgentCoreControlClient,
  runtimeId: string,
  name: string,
): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const endpoint = await control.send(
      new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: name }),
    )
    if (endpoint.status === 'READY') return
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error(`endpoint ${name} of ${runtimeId} never got READY`)
}

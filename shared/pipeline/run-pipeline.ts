/**
 * The root action's pipeline for one environment and one runtime, built only from the stage actions' own logic
 * (no second implementation):
 *
 *   image (build-push, or copy `source-image`) → role (ensure-role) → deploy (deploy-runtime)
 *   → canary endpoint (promote-endpoint; a temporary endpoint when the config names none) → smoke test on it
 *   → live endpoints the config names (promote-endpoint, one at a time)
 *
 * On any failure after a promotion, every endpoint the run moved goes back to the version it served before (an
 * endpoint the run created is deleted), and the run fails saying so. A failing smoke test on the canary therefore
 * never reaches the live endpoints. The pipeline returns what happened instead of throwing, so that the caller can
 * write the summary of a failed run before failing it; a rerun after any failure converges (every stage is
 * idempotent: no new image, role change or version when nothing changed).
 */
import { randomUUID } from 'node:crypto'
import type { Clock } from '../action/clock.js'
import type { Logger } from '../action/logger.js'
import type { AwsClients } from '../aws/clients.js'
import type { EnvironmentSettings, RuntimeSettings } from '../config/types.js'
import { causeMessage } from '../errors/index.js'
import {
  deployRuntime,
  promoteEndpoints,
  type DeployRuntimeResult,
  type EndpointPromotion,
} from '../agentcore/index.js'
import { deleteEndpoint } from '../agentcore/endpoint-delete.js'
import { buildAndPushImage, type BuildPushDeps, type BuildPushResult } from '../container/build-push.js'
import type { BuilderKind } from '../container/builder.js'
import { ensureRole, type EnsureRoleResult } from '../iam/ensure-role.js'
import { smokeExpectations, type ExpectationOverrides } from '../invoke/expectations.js'
import { runSmokeTest, type SmokeTestResult } from '../invoke/smoke-test.js'

/** The canary endpoint's name when the config names one. */
export const CANARY_ENDPOINT = 'canary'

/** What to run. */
export interface PipelineParams {
  environment: EnvironmentSettings
  runtime: RuntimeSettings
  configPath: string
  workspace: string
  /** Scratch space for builders (RUNNER_TEMP). */
  tempDir: string
  image: {
    /** Reuse an image that passed a lower environment (copied by digest, never rebuilt). */
    sourceImage?: string
    tag: string
    buildArgs: Record<string, string>
    buildSecrets: Record<string, string>
    builder: BuilderKind
    cache: boolean
  }
  /** Values of the runtime's secret environment variables. */
  secretValues: Record<string, string>
  /** The endpoint to smoke-test before the live ones move; default `canary` when the config names it, else a temporary one. */
  canaryEndpoint?: string
  waitTimeoutMs: number
  permissionsBoundary?: string
  smoke: {
    payload?: string
    expect: ExpectationOverrides
    attempts: number
    retryBudgetMs: number
    sessionId: string
    bearerToken?: string
  }
  origin: { commit?: string; runUrl?: string }
}

/** What the pipeline needs: the union of its stages' needs. */
export type PipelineDeps = BuildPushDeps & { aws: AwsClients; log: Logger; clock: Clock }

/** A stage's outcome, for the summary. */
export interface StageRecord {
  stage: 'image' | 'role' | 'deploy' | 'canary' | 'smoke-test' | 'promote' | 'rollback' | 'cleanup'
  status: 'done' | 'unchanged' | 'failed' | 'skipped'
  detail: string
  ms: number
}

/** An endpoint the run moved back (or deleted) after a failure. */
export interface Rollback {
  endpoint: string
  /** The version it was returned to; undefined when the endpoint was deleted (the run had created it). */
  toVersion?: string
  deleted: boolean
  ok: boolean
  error?: string
}

/** What the pipeline did. */
export interface PipelineResult {
  stages: StageRecord[]
  image?: BuildPushResult
  role?: EnsureRoleResult
  deploy?: DeployRuntimeResult
  canary?: { endpoint: string; temporary: boolean; promotion?: EndpointPromotion }
  smoke?: SmokeTestResult
  /** The live endpoints promoted (not the canary). */
  promotions: EndpointPromotion[]
  rollbacks: Rollback[]
  /** Set when the run failed; the message says what failed and what was rolled back. */
  failure?: Error
}

/** Runs the pipeline; never throws for a stage failure (see {@link PipelineResult.failure}). */
export async function runPipeline(params: PipelineParams, deps: PipelineDeps): Promise<PipelineResult> {
  const { environment, runtime } = params
  const { log, clock } = deps
  const result: PipelineResult = { stages: [], promotions: [], rollbacks: [] }
  /** Endpoints moved by this run, in order: what a rollback must undo. */
  const moved: EndpointPromotion[] = []

  const stage = async <T>(
    name: StageRecord['stage'],
    fn: () => Promise<T>,
    describe: (value: T) => [StageRecord['status'], string],
  ) => {
    const started = clock.now()
    try {
      const value = await log.group(`${name}: ${runtime.agentRuntimeName} in ${environment.name}`, fn)
      const [status, detail] = describe(value)
      result.stages.push({ stage: name, status, detail, ms: clock.now() - started })
      return value
    } catch (error) {
      result.stages.push({ stage: name, status: 'failed', detail: causeMessage(error), ms: clock.now() - started })
      throw error
    }
  }

  const promoteOne = async (endpoint: string, version: string) => {
    const promoted = await promoteEndpoints(
      { environment, runtime, endpoints: [endpoint], version, waitTimeoutMs: params.waitTimeoutMs, dryRun: false },
      deps,
    )
    const promotion = promoted.promotions[0]
    if (promotion.changed) moved.push(promotion)
    return promotion
  }

  const canaryName = params.canaryEndpoint ?? (CANARY_ENDPOINT in runtime.endpoints ? CANARY_ENDPOINT : undefined)
  // A temporary endpoint is named per run so that concurrent runs never share one (10 endpoints per runtime at most).
  const canary = canaryName ?? `smoke_${randomUUID().replace(/-/g, '').slice(0, 12)}`
  const temporary = canaryName === undefined

  try {
    result.image = await stage(
      'image',
      () =>
        buildAndPushImage(
          {
            environment,
            runtime,
            workspace: params.workspace,
            tag: params.image.tag,
            buildArgs: params.image.buildArgs,
            secrets: params.image.buildSecrets,
            builder: params.image.builder,
            cache: params.image.cache,
            push: true,
            ...(params.image.sourceImage ? { sourceImage: params.image.sourceImage } : {}),
            tempDir: params.tempDir,
          },
          deps,
        ),
      (image) => [image.built ? 'done' : 'unchanged', `${image.how}: ${image.imageUri}`],
    )

    result.role = await stage(
      'role',
      () =>
        ensureRole(
          {
            environment,
            runtime,
            configPath: params.configPath,
            ...(params.permissionsBoundary ? { permissionsBoundary: params.permissionsBoundary } : {}),
            dryRun: false,
            timeoutMs: params.waitTimeoutMs,
          },
          deps,
        ),
      (role) => [role.changed ? 'done' : 'unchanged', role.roleArn],
    )
    const roleArn = result.role.roleArn

    result.deploy = await stage(
      'deploy',
      () =>
        deployRuntime(
          {
            environment,
            runtime,
            configPath: params.configPath,
            image: result.image!.imageUri,
            roleArn,
            secretValues: params.secretValues,
            waitTimeoutMs: params.waitTimeoutMs,
            dryRun: false,
            origin: params.origin,
          },
          deps,
        ),
      (deploy) => [
        deploy.changed ? 'done' : 'unchanged',
        deploy.changed ? `version ${deploy.version} is READY` : `version ${deploy.version} already matches the config`,
      ],
    )
    const version = result.deploy.version!
    const runtimeArn = result.deploy.runtimeArn!

    result.canary = { endpoint: canary, temporary }
    result.canary.promotion = await stage(
      'canary',
      () => promoteOne(canary, version),
      (p) => [
        p.changed ? 'done' : 'unchanged',
        `${canary}${temporary ? ' (temporary)' : ''} serves version ${p.toVersion}`,
      ],
    )

    const payload = params.smoke.payload ?? smokePayload(runtime)
    result.smoke = await stage(
      'smoke-test',
      async () => {
        const smoke = await runSmokeTest(
          {
            runtimeArn,
            endpoint: canary,
            protocol: runtime.protocol,
            payload,
            sessionId: params.smoke.sessionId,
            ...(params.smoke.bearerToken ? { bearerToken: params.smoke.bearerToken } : {}),
            expect: smokeExpectations(runtime, params.smoke.expect),
            attempts: params.smoke.attempts,
            retryBudgetMs: params.smoke.retryBudgetMs,
          },
          { data: () => deps.aws.data(), log, clock },
        )
        result.smoke = smoke
        if (!smoke.passed) {
          const failed = smoke.assertions.filter((a) => !a.passed).map((a) => `${a.name}: expected ${a.expected}`)
          throw new Error(
            `the smoke test on endpoint '${canary}' (version ${version}) failed: ${failed.join('; ') || `status ${smoke.statusCode}`}`,
          )
        }
        return smoke
      },
      (smoke) => ['done', `${smoke.assertions.length} assertion(s) passed in ${Math.round(smoke.latencyMs)} ms`],
    )

    const live = Object.keys(runtime.endpoints).filter((e) => e !== canary)
    if (live.length === 0) {
      result.stages.push({ stage: 'promote', status: 'skipped', detail: 'the config names no live endpoint', ms: 0 })
    }
    for (const endpoint of live) {
      const selector = runtime.endpoints[endpoint]
      // `latest` means the version this run deployed (it is the newest READY one); a pinned number stays pinned.
      const wanted = selector === 'latest' ? version : selector
      const promotion = await stage(
        'promote',
        () => promoteOne(endpoint, wanted),
        (p) => [p.changed ? 'done' : 'unchanged', `${endpoint}: ${p.fromVersion ?? 'new'} → ${p.toVersion}`],
      )
      result.promotions.push(promotion)
    }
  } catch (error) {
    result.failure = error instanceof Error ? error : new Error(String(error))
    if (moved.length > 0) {
      // Only promotions move endpoints, and they follow the deploy: its runtime id is known here.
      result.rollbacks = await rollBack(moved, result.deploy!.runtimeId!, params, deps)
      result.stages.push({
        stage: 'rollback',
        status: result.rollbacks.every((r) => r.ok) ? 'done' : 'failed',
        detail: result.rollbacks.map(describeRollback).join('; '),
        ms: 0,
      })
      const failedBack = result.rollbacks.filter((r) => !r.ok)
      result.failure = new Error(
        `${causeMessage(error)}. Rolled back: ${
          result.rollbacks
            .filter((r) => r.ok)
            .map(describeRollback)
            .join(', ') || 'nothing'
        }` +
          (failedBack.length
            ? `. ROLLBACK FAILED for: ${failedBack.map((r) => `${r.endpoint} (${r.error})`).join(', ')}`
            : ''),
        { cause: error },
      )
    }
  } finally {
    if (temporary && result.deploy?.runtimeId && result.canary) {
      const started = clock.now()
      try {
        await deleteEndpoint(
          await deps.aws.control(),
          {
            runtimeId: result.deploy.runtimeId,
            runtimeName: runtime.agentRuntimeName,
            endpointName: canary,
            timeoutMs: params.waitTimeoutMs,
          },
          deps,
        )
        result.stages.push({
          stage: 'cleanup',
          status: 'done',
          detail: `temporary endpoint ${canary} deleted`,
          ms: clock.now() - started,
        })
      } catch (error) {
        log.warning(`Could not delete the temporary endpoint ${canary}: ${causeMessage(error)}; delete it by hand.`)
        result.stages.push({
          stage: 'cleanup',
          status: 'failed',
          detail: causeMessage(error),
          ms: clock.now() - started,
        })
      }
    }
  }
  return result
}

/** The config's smoke-test payload as the text sent. */
function smokePayload(runtime: RuntimeSettings): string {
  const payload = runtime.smokeTest?.payload
  if (payload === undefined) return runtime.protocol === 'MCP' ? '' : '{}'
  return typeof payload === 'string' ? payload : JSON.stringify(payload)
}

function describeRollback(r: Rollback): string {
  return r.deleted ? `${r.endpoint} deleted (this run created it)` : `${r.endpoint} → version ${r.toVersion}`
}

/** Returns every moved endpoint to what it served before, newest move first; keeps going when one fails. */
async function rollBack(
  moved: EndpointPromotion[],
  runtimeId: string,
  params: PipelineParams,
  deps: PipelineDeps,
): Promise<Rollback[]> {
  const { environment, runtime } = params
  const rollbacks: Rollback[] = []
  for (const promotion of [...moved].reverse()) {
    const endpoint = promotion.endpoint
    try {
      if (promotion.created || promotion.fromVersion === undefined) {
        await deleteEndpoint(
          await deps.aws.control(),
          { runtimeId, runtimeName: runtime.agentRuntimeName, endpointName: endpoint, timeoutMs: params.waitTimeoutMs },
          deps,
        )
        rollbacks.push({ endpoint, deleted: true, ok: true })
      } else {
        await promoteEndpoints(
          {
            environment,
            runtime,
            endpoints: [endpoint],
            version: promotion.fromVersion,
            waitTimeoutMs: params.waitTimeoutMs,
            dryRun: false,
          },
          deps,
        )
        rollbacks.push({ endpoint, toVersion: promotion.fromVersion, deleted: false, ok: true })
      }
      deps.log.warning(`Rolled back endpoint ${endpoint} of ${runtime.agentRuntimeName}`)
    } catch (error) {
      rollbacks.push({
        endpoint,
        toVersion: promotion.fromVersion,
        deleted: false,
        ok: false,
        error: causeMessage(error),
      })
      deps.log.error(`Could not roll back endpoint ${endpoint}: ${causeMessage(error)}`)
    }
  }
  return rollbacks
}

/**
 * CloudFormation templates: parsing (JSON, or YAML with the short `!Ref`/`!Sub`/`!GetAtt` forms), validation with
 * CloudFormation's own messages, parameter binding, conditions, intrinsic functions (Ref, Fn::GetAtt, Fn::Sub,
 * Fn::Join, Fn::Select, Fn::Split, Fn::If, Fn::Equals/Not/And/Or, Fn::GetAZs-free subset) and resource ordering.
 */
import { parseDocument, type ScalarTag, type CollectionTag } from 'yaml'
import { ServiceError } from '../protocols/json.js'

/** A parsed template. */
export interface Template {
  Description?: string
  Parameters: Record<string, TemplateParameter>
  Conditions: Record<string, unknown>
  Resources: Record<string, TemplateResource>
  Outputs: Record<string, { Value: unknown; Description?: string; Export?: { Name: unknown }; Condition?: string }>
}

/** A declared parameter. */
export interface TemplateParameter {
  Type: string
  Default?: string | number
  AllowedValues?: (string | number)[]
  AllowedPattern?: string
  NoEcho?: boolean | string
  Description?: string
}

/** A declared resource. */
export interface TemplateResource {
  Type: string
  Properties?: Record<string, unknown>
  DependsOn?: string | string[]
  Condition?: string
  DeletionPolicy?: string
}

/** What references resolve against. */
export interface ResolveContext {
  account: string
  region: string
  stackName: string
  stackId: string
  parameters: Record<string, string>
  conditions: Record<string, boolean>
  /** A resource's Ref value and attributes, or undefined while it does not exist yet. */
  resource(logicalId: string): { ref: string; attributes: Record<string, string> } | undefined
}

/** Stands for a value only known once the change set runs (as the console shows it). */
export const KNOWN_AFTER_APPLY = '{{changeSet:KNOWN_AFTER_APPLY}}'
/** `Ref: AWS::NoValue`: the property is removed. */
const NO_VALUE = Symbol('AWS::NoValue')

const SECTIONS = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
  'Rules',
])

function templateError(message: string): ServiceError {
  return new ServiceError('ValidationError', 400, `Template format error: ${message}`)
}

/** YAML short forms (`!Ref x` → `{Ref: x}`, `!GetAtt a.b` → `{'Fn::GetAtt': [a, b]}`). */
function shortFormTags(): (ScalarTag | CollectionTag)[] {
  const names = ['Sub', 'Join', 'Select', 'Split', 'If', 'Equals', 'Not', 'And', 'Or', 'Base64', 'FindInMap']
  const tags: (ScalarTag | CollectionTag)[] = []
  const wrap = (key: string) => (value: unknown) => ({ [key]: value })
  tags.push({ tag: '!Ref', resolve: wrap('Ref') })
  tags.push({ tag: '!Condition', resolve: wrap('Condition') })
  tags.push({
    tag: '!GetAtt',
    resolve: (value: unknown) => {
      const text = String(value)
      const dot = text.indexOf('.')
      return { 'Fn::GetAtt': [text.slice(0, dot), text.slice(dot + 1)] }
    },
  })
  tags.push({
    tag: '!GetAtt',
    collection: 'seq',
    resolve: (value: { toJSON(): unknown }) => ({ 'Fn::GetAtt': value.toJSON() }),
  } as unknown as CollectionTag)
  for (const name of names) {
    const key = `Fn::${name}`
    tags.push({ tag: `!${name}`, resolve: wrap(key) })
    for (const collection of ['seq', 'map'] as const) {
      tags.push({
        tag: `!${name}`,
        collection,
        resolve: (value: { toJSON(): unknown }) => ({ [key]: value.toJSON() }),
      })
    }
  }
  return tags
}

/** Parses and validates a template body; `supportedTypes` are the resource types the emulator can create. */
export function parseTemplate(body: string, supportedTypes: Set<string>): Template {
  let raw: unknown
  const trimmed = body.trimStart()
  if (trimmed.startsWith('{')) {
    try {
      raw = JSON.parse(body)
    } catch (error) {
      throw templateError(`JSON not well-formed. (${(error as Error).message})`)
    }
  } else {
    const document = parseDocument(body, { customTags: shortFormTags(), prettyErrors: false })
    if (document.errors.length > 0) {
      const first = document.errors[0]
      const [line, column] = first.linePos?.[0] ? [first.linePos[0].line, first.linePos[0].col] : [0, 0]
      throw templateError(`YAML not well-formed. (line ${line}, column ${column})`)
    }
    raw = document.toJSON()
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw templateError('Template format error: not a JSON or YAML object')
  }
  const template = raw as Record<string, unknown>
  const unknownSections = Object.keys(template).filter((k) => !SECTIONS.has(k))
  if (unknownSections.length > 0) {
    throw templateError(`Invalid template property or properties [${unknownSections.join(', ')}]`)
  }
  const resources = template.Resources as Record<string, TemplateResource> | undefined
  if (!resources || typeof resources !== 'object' || Object.keys(resources).length === 0) {
    throw templateError('At least one Resources member must be defined.')
  }
  const unknownTypes = [
    ...new Set(
      Object.values(resources)
        .map((r) => r?.Type)
        .filter((t) => !supportedTypes.has(String(t))),
    ),
  ]
  if (unknownTypes.length > 0) throw templateError(`Unrecognized resource types: [${unknownTypes.join(', ')}]`)
  const parsed: Template = {
    Description: template.Description as string | undefined,
    Parameters: (template.Parameters ?? {}) as Template['Parameters'],
    Conditions: (template.Conditions ?? {}) as Template['Conditions'],
    Resources: resources,
    Outputs: (template.Outputs ?? {}) as Template['Outputs'],
  }
  assertReferencesExist(parsed)
  return parsed
}

/** Every Ref / GetAtt / Sub target of a value (resource or parameter names). */
export function referencesOf(value: unknown): string[] {
  const found: string[] = []
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk)
    if (typeof v !== 'object' || v === null) return
    const entries = Object.entries(v as Record<string, unknown>)
    if (entries.length === 1) {
      const [key, arg] = entries[0]
      if (key === 'Ref' && typeof arg === 'string') return void found.push(arg)
      if (key === 'Fn::GetAtt') {
        const target = Array.isArray(arg) ? arg[0] : String(arg).split('.')[0]
        return void found.push(String(target))
      }
      if (key === 'Fn::Sub') {
        const text = Array.isArray(arg) ? String(arg[0]) : String(arg)
        const variables = Array.isArray(arg) ? Object.keys((arg[1] ?? {}) as object) : []
        for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const name = m[1].split('.')[0]
          if (!variables.includes(name)) found.push(name)
        }
        if (Array.isArray(arg)) walk(arg[1])
        return
      }
    }
    for (const [, child] of entries) walk(child)
  }
  walk(value)
  return found
}

function assertReferencesExist(template: Template): void {
  const known = new Set([...Object.keys(template.Parameters), ...Object.keys(template.Resources)])
  const missing = new Set<string>()
  for (const [, resource] of Object.entries(template.Resources)) {
    for (const name of referencesOf(resource.Properties)) {
      if (!known.has(name) && !name.startsWith('AWS::')) missing.add(name)
    }
    for (const dep of [resource.DependsOn ?? []].flat()) if (!template.Resources[dep]) missing.add(dep)
  }
  for (const output of Object.values(template.Outputs)) {
    for (const name of referencesOf(output)) if (!known.has(name) && !name.startsWith('AWS::')) missing.add(name)
  }
  if (missing.size > 0) {
    throw templateError(
      `Unresolved resource dependencies [${[...missing].join(', ')}] in the Resources block of the template`,
    )
  }
}

/**
 * Binds parameter values: given ones, then previous ones (UsePreviousValue), then defaults; checks that every
 * parameter has a value, no unknown parameter is passed and allowed values hold.
 */
export function bindParameters(
  template: Template,
  given: { key: string; value?: string; usePrevious?: boolean }[],
  previous: Record<string, string>,
): Record<string, string> {
  const declared = template.Parameters
  const unknown = given.filter((g) => !(g.key in declared)).map((g) => g.key)
  if (unknown.length > 0) {
    throw new ServiceError('ValidationError', 400, `Parameters: [${unknown.join(', ')}] do not exist in the template`)
  }
  const values: Record<string, string> = {}
  const missing: string[] = []
  for (const [key, parameter] of Object.entries(declared)) {
    const g = given.find((p) => p.key === key)
    const value = g?.usePrevious ? previous[key] : (g?.value ?? parameter.Default?.toString())
    if (value === undefined) {
      missing.push(key)
      continue
    }
    if (parameter.AllowedValues && !parameter.AllowedValues.map(String).includes(value)) {
      throw new ServiceError('ValidationError', 400, `Parameter '${key}' must be one of AllowedValues`)
    }
    if (parameter.AllowedPattern && !new RegExp(`^(?:${parameter.AllowedPattern})$`).test(value)) {
      throw new ServiceError(
        'ValidationError',
        400,
        `Parameter '${key}' must match pattern ${parameter.AllowedPattern}`,
      )
    }
    values[key] = value
  }
  if (missing.length > 0) {
    throw new ServiceError('ValidationError', 400, `Parameters: [${missing.join(', ')}] must have values`)
  }
  return values
}

/** Evaluates the template's Conditions. */
export function evaluateConditions(
  template: Template,
  ctx: Omit<ResolveContext, 'conditions'>,
): Record<string, boolean> {
  const results: Record<string, boolean> = {}
  const evaluate = (name: string): boolean => {
    if (name in results) return results[name]
    const definition = template.Conditions[name]
    if (definition === undefined) throw templateError(`Unresolved condition dependency ${name}`)
    results[name] = Boolean(
      resolveValue(definition, { ...ctx, conditions: new Proxy({}, { get: (_, n) => evaluate(String(n)) }) }),
    )
    return results[name]
  }
  for (const name of Object.keys(template.Conditions)) evaluate(name)
  return results
}

/**
 * Resolves intrinsic functions in a value. A reference to a resource that does not exist yet resolves to
 * {@link KNOWN_AFTER_APPLY} (change set planning); during execution every referenced resource exists.
 */
export function resolveValue(value: unknown, ctx: ResolveContext): unknown {
  const result = resolveInner(value, ctx)
  return result === NO_VALUE ? undefined : result
}

function pseudoParameter(name: string, ctx: ResolveContext): string | typeof NO_VALUE | undefined {
  switch (name) {
    case 'AWS::AccountId':
      return ctx.account
    case 'AWS::Region':
      return ctx.region
    case 'AWS::StackName':
      return ctx.stackName
    case 'AWS::StackId':
      return ctx.stackId
    case 'AWS::Partition':
      return 'aws'
    case 'AWS::URLSuffix':
      return 'amazonaws.com'
    case 'AWS::NoValue':
      return NO_VALUE
  }
  return undefined
}

function refValue(name: string, ctx: ResolveContext): unknown {
  const pseudo = pseudoParameter(name, ctx)
  if (pseudo !== undefined) return pseudo
  if (name in ctx.parameters) return ctx.parameters[name]
  const resource = ctx.resource(name)
  return resource ? resource.ref : KNOWN_AFTER_APPLY
}

function getAtt(target: string, attribute: string, ctx: ResolveContext): string {
  const resource = ctx.resource(target)
  if (!resource) return KNOWN_AFTER_APPLY
  const value = resource.attributes[attribute]
  if (value === undefined) {
    throw new ServiceError(
      'ValidationError',
      400,
      `Template error: resource ${target} does not support attribute type ${attribute} in Fn::GetAtt`,
    )
  }
  return value
}

function substitute(text: string, variables: Record<string, unknown>, ctx: ResolveContext): string {
  return text.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`
    if (inner in variables) return String(variables[inner])
    const dot = inner.indexOf('.')
    if (dot > 0 && !inner.startsWith('AWS::')) return getAtt(inner.slice(0, dot), inner.slice(dot + 1), ctx)
    return String(refValue(inner, ctx))
  })
}

function resolveInner(value: unknown, ctx: ResolveContext): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveInner(v, ctx)).filter((v) => v !== NO_VALUE)
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 1) {
    const [key, arg] = entries[0]
    switch (key) {
      case 'Ref':
        return refValue(String(arg), ctx)
      case 'Fn::GetAtt': {
        const [target, attribute] = Array.isArray(arg) ? arg.map(String) : String(arg).split(/\.(.*)/)
        return getAtt(target, attribute, ctx)
      }
      case 'Fn::Sub': {
        if (Array.isArray(arg)) {
          const variables = resolveInner(arg[1] ?? {}, ctx) as Record<string, unknown>
          return substitute(String(arg[0]), variables, ctx)
        }
        return substitute(String(arg), {}, ctx)
      }
      case 'Fn::Join': {
        const [separator, items] = arg as [string, unknown]
        return (resolveInner(items, ctx) as unknown[]).map(String).join(separator)
      }
      case 'Fn::Select': {
        const [index, items] = arg as [unknown, unknown]
        return (resolveInner(items, ctx) as unknown[])[Number(resolveInner(index, ctx))]
      }
      case 'Fn::Split': {
        const [separator, text] = arg as [string, unknown]
        return String(resolveInner(text, ctx)).split(separator)
      }
      case 'Fn::Base64':
        return Buffer.from(String(resolveInner(arg, ctx))).toString('base64')
      case 'Fn::If': {
        const [condition, whenTrue, whenFalse] = arg as [string, unknown, unknown]
        return resolveInner(ctx.conditions[condition] ? whenTrue : whenFalse, ctx)
      }
      case 'Fn::Equals': {
        const [a, b] = (arg as unknown[]).map((v) => resolveInner(v, ctx))
        return JSON.stringify(a) === JSON.stringify(b)
      }
      case 'Fn::Not':
        return !resolveInner((arg as unknown[])[0], ctx)
      case 'Fn::And':
        return (arg as unknown[]).every((v) => resolveInner(v, ctx))
      case 'Fn::Or':
        return (arg as unknown[]).some((v) => resolveInner(v, ctx))
      case 'Condition':
        if (typeof arg === 'string') return ctx.conditions[arg]
    }
  }
  const out: Record<string, unknown> = {}
  for (const [key, child] of entries) {
    const resolved = resolveInner(child, ctx)
    if (resolved !== NO_VALUE) out[key] = resolved
  }
  return out
}

/** Logical ids in an order where every resource comes after what it references (Ref, GetAtt, Sub, DependsOn). */
export function creationOrder(template: Template, include: (logicalId: string) => boolean = () => true): string[] {
  const order: string[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (id: string) => {
    if (state.get(id) === 'done') return
    if (state.get(id) === 'visiting') {
      throw templateError(`Circular dependency between resources: [${id}]`)
    }
    state.set(id, 'visiting')
    const resource = template.Resources[id]
    const deps = [...referencesOf(resource.Properties), ...[resource.DependsOn ?? []].flat()]
    for (const dep of deps) if (template.Resources[dep] && include(dep)) visit(dep)
    state.set(id, 'done')
    order.push(id)
  }
  for (const id of Object.keys(template.Resources)) if (include(id)) visit(id)
  return order
}

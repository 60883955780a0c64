/**
 * Drift: the template's properties of a resource against its live properties, compared as CloudFormation does —
 * only the properties the template sets, policy documents as JSON (not text), unordered lists (managed policy
 * ARNs, inline policies by name, tags by key) sorted first — yielding PropertyDifferences with JSON-pointer paths.
 */
import type { Properties } from './resource-types.js'
import type { PropertyDifference } from './stacks.js'

type Json = unknown

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v)

function parsedJson(value: Json): Json {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

/** Puts a resource's properties in the shape drift compares (both sides go through this). */
export function normalizeProperties(type: string, properties: Properties): Properties {
  const p: Properties = { ...properties }
  if (type === 'AWS::IAM::Role') {
    if (p.AssumeRolePolicyDocument !== undefined) p.AssumeRolePolicyDocument = parsedJson(p.AssumeRolePolicyDocument)
    if (Array.isArray(p.Policies)) {
      p.Policies = (p.Policies as { PolicyName: string; PolicyDocument: Json }[])
        .map((x) => ({ PolicyName: x.PolicyName, PolicyDocument: parsedJson(x.PolicyDocument) }))
        .sort((a, b) => a.PolicyName.localeCompare(b.PolicyName))
    }
    if (Array.isArray(p.ManagedPolicyArns)) p.ManagedPolicyArns = [...(p.ManagedPolicyArns as string[])].sort()
  }
  if (Array.isArray(p.Tags)) {
    p.Tags = [...(p.Tags as { Key: string }[])].sort((a, b) => a.Key.localeCompare(b.Key))
  }
  return p
}

const text = (v: Json): string => (typeof v === 'string' ? v : JSON.stringify(v))

function scalarEqual(a: Json, b: Json): boolean {
  // Templates often carry numbers and booleans as strings ("3600", "true"); the services keep typed values.
  return String(a) === String(b)
}

function compare(path: string, expected: Json, actual: Json, out: PropertyDifference[]): void {
  if (isObject(expected) && isObject(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const child = `${path}/${key}`
      if (expected[key] === undefined && actual[key] === undefined) continue
      if (actual[key] === undefined) {
        out.push({
          PropertyPath: child,
          ExpectedValue: text(expected[key]),
          ActualValue: 'null',
          DifferenceType: 'REMOVE',
        })
      } else if (expected[key] === undefined) {
        out.push({ PropertyPath: child, ExpectedValue: 'null', ActualValue: text(actual[key]), DifferenceType: 'ADD' })
      } else {
        compare(child, expected[key], actual[key], out)
      }
    }
    return
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const child = `${path}/${i}`
      if (i >= actual.length) {
        out.push({
          PropertyPath: child,
          ExpectedValue: text(expected[i]),
          ActualValue: 'null',
          DifferenceType: 'REMOVE',
        })
      } else if (i >= expected.length) {
        out.push({ PropertyPath: child, ExpectedValue: 'null', ActualValue: text(actual[i]), DifferenceType: 'ADD' })
      } else {
        compare(child, expected[i], actual[i], out)
      }
    }
    return
  }
  const bothScalars = !isObject(expected) && !Array.isArray(expected) && !isObject(actual) && !Array.isArray(actual)
  if (!bothScalars || !scalarEqual(expected, actual)) {
    out.push({
      PropertyPath: path,
      ExpectedValue: text(expected),
      ActualValue: text(actual),
      DifferenceType: 'NOT_EQUAL',
    })
  }
}

/**
 * The differences between what the template says and what is live, over the properties the template sets.
 * Returns the normalized expected and actual views too (DescribeStackResourceDrifts shows them).
 */
export function propertyDifferences(
  type: string,
  expected: Properties,
  actual: Properties,
): { expected: Properties; actual: Properties; differences: PropertyDifference[] } {
  const e = normalizeProperties(type, expected)
  const full = normalizeProperties(type, actual)
  // CloudFormation compares only what the template manages; defaults the service filled in are not drift.
  const a: Properties = Object.fromEntries(Object.keys(e).map((k) => [k, full[k]]))
  const differences: PropertyDifference[] = []
  for (const key of Object.keys(e)) {
    const path = `/${key}`
    if (a[key] === undefined) {
      differences.push({
        PropertyPath: path,
        ExpectedValue: text(e[key]),
        ActualValue: 'null',
        DifferenceType: 'REMOVE',
      })
    } else {
      compare(path, e[key], a[key], differences)
    }
  }
  return { expected: e, actual: Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)), differences }
}

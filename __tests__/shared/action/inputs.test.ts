import { describe, expect, it } from '@jest/globals'
import { Inputs, inputVariable, parseDuration } from '../../../shared/action/inputs.js'

const inputs = (values: Record<string, string>) =>
  new Inputs(Object.fromEntries(Object.entries(values).map(([k, v]) => [inputVariable(k), v])))

describe('Inputs', () => {
  it('maps names the way the runner does (upper case, hyphens kept)', () => {
    expect(inputVariable('wait-timeout')).toBe('INPUT_WAIT-TIMEOUT')
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT')
  })

  it('names the input when a required one is missing', () => {
    expect(() => inputs({}).required('environment')).toThrow("Input 'environment': is required but was not given")
  })

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['FALSE', false],
  ])('reads %s as a YAML 1.2 boolean', (text, value) => {
    expect(inputs({ 'dry-run': text }).bool('dry-run', !value)).toBe(value)
  })

  it.each(['yes', 'on', '1', 'tru'])('refuses %s as a boolean with the fix', (text) => {
    expect(() => inputs({ 'dry-run': text }).bool('dry-run', false)).toThrow(
      `Input 'dry-run': '${text}' is not a boolean; use true or false`,
    )
  })

  it.each([
    ['15m', 900_000],
    ['90s', 90_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['45', 45_000],
  ])('reads the duration %s', (text, ms) => {
    expect(parseDuration('wait-timeout', text)).toBe(ms)
  })

  it.each(['15 minutes', 'm', '10x', '-5s'])('refuses the duration %s', (text) => {
    expect(() => parseDuration('wait-timeout', text)).toThrow(`Input 'wait-timeout': '${text}' is not a duration`)
  })

  it('reads lists split on newlines and commas', () => {
    expect(inputs({ environments: 'dev, staging\nprod\n\n' }).list('environments')).toEqual(['dev', 'staging', 'prod'])
  })

  it('reads key=value lines, keeping = inside values', () => {
    expect(inputs({ secrets: 'A=1\n# note\nB=x=y\n' }).keyValues('secrets')).toEqual({ A: '1', B: 'x=y' })
    expect(() => inputs({ secrets: 'nope' }).keyValues('secrets')).toThrow("Input 'secrets': line 1 is not KEY=VALUE")
  })

  it('bounds integers and refuses non-numbers', () => {
    expect(inputs({ attempts: '3' }).int('attempts', 1, { min: 1, max: 10 })).toBe(3)
    expect(() => inputs({ attempts: '0' }).int('attempts', 1, { min: 1 })).toThrow('0 is below the minimum 1')
    expect(() => inputs({ attempts: 'three' }).int('attempts', 1)).toThrow("'three' is not a whole number")
  })

  it('parses JSON and reports bad JSON', () => {
    expect(inputs({ payload: '{"a":1}' }).json('payload')).toEqual({ a: 1 })
    expect(() => inputs({ payload: '{a' }).json('payload')).toThrow("Input 'payload': is not valid JSON")
  })

  it('restricts choices', () => {
    expect(() => inputs({ builder: 'kaniko' }).choice('builder', ['buildx', 'docker', 'buildah'], 'buildx')).toThrow(
      "Input 'builder': 'kaniko' is not allowed; use one of: buildx, docker, buildah",
    )
  })
})

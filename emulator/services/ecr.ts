/** STUB: replaced by the real ecr service. Answers 501 so that nothing mistakes it for the real thing. */
import type { ServiceHost } from '../host.js'
import type { Service } from '../types.js'

export function createEcrService(_host: ServiceHost): Service {
  return {
    name: 'ecr',
    operation: () => 'Unknown',
    handle: async () => ({ status: 501, body: 'ecr is not implemented yet' }),
    reset: () => undefined,
    snapshot: () => ({}),
  }
}

/** STUB: replaced by the real iam service. Answers 501 so that nothing mistakes it for the real thing. */
import type { ServiceHost } from '../host.js'
import type { Service } from '../types.js'

export function createIamService(_host: ServiceHost): Service {
  return {
    name: 'iam',
    operation: () => 'Unknown',
    handle: async () => ({ status: 501, body: 'iam is not implemented yet' }),
    reset: () => undefined,
    snapshot: () => ({}),
  }
}

/** STUB: replaced by the real github service. Answers 501 so that nothing mistakes it for the real thing. */
import type { ServiceHost } from '../host.js'
import type { Service } from '../types.js'

export function createGithubService(_host: ServiceHost): Service {
  return {
    name: 'github',
    operation: () => 'Unknown',
    handle: async () => ({ status: 501, body: 'github is not implemented yet' }),
    reset: () => undefined,
    snapshot: () => ({}),
  }
}

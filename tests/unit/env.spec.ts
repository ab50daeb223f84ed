import { describe, expect, it } from 'vitest'

import { ConfigError, parseEnv } from '@/config/env'

const base = { DATABASE_URL: 'postgres://app:pw@db.internal:5432/autoport', PAYLOAD_SECRET: 's'.repeat(40) }

describe('parseEnv', () => {
  it('fills the embedded defaults', () => {
    const env = parseEnv({ ...base })
    expect(env.PORT).toBe(3000)
    expect(env.SERVER_URL).toBe('http://localhost:3000')
    expect(env.DATA_DIR).toBe('.data')
    expect(env.S3_BUCKET).toBeUndefined()
    expect(env.TRUSTED_PROXIES).toBeUndefined()
    expect(env.MAIL_FROM_ADDRESS).toBe('no-reply@autoport.test')
  })

  it('derives SERVER_URL from PORT and trims a trailing slash when given', () => {
    expect(parseEnv({ ...base, PORT: '4100' }).SERVER_URL).toBe('http://localhost:4100')
    expect(parseEnv({ ...base, SERVER_URL: 'https://autoport.fr/' }).SERVER_URL).toBe('https://autoport.fr')
  })

  it.each([
    [{ DATABASE_URL: undefined }, 'DATABASE_URL is not set'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL must look like postgres://'],
    [{ PAYLOAD_SECRET: undefined }, 'PAYLOAD_SECRET is required'],
    [{ PAYLOAD_SECRET: 'short' }, 'PAYLOAD_SECRET is too short'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL must look like smtp://'],
    [{ S3_BUCKET: 'files' }, 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required'],
    [{ TWILIO_ACCOUNT_SID: 'AC1' }, 'TWILIO_AUTH_TOKEN and TWILIO_FROM are required'],
    [{ PAYPAL_CLIENT_ID: 'id' }, 'PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET go together'],
    [{ PAYPAL_CLIENT_ID: 'id', PAYPAL_CLIENT_SECRET: 'secret' }, 'PAYPAL_WEBHOOK_ID is required'],
    [{ STRIPE_SECRET_KEY: 'sk_test_1' }, 'STRIPE_WEBHOOK_SECRET is required'],
    [{ PAYPAL_ENVIRONMENT: 'prod' }, 'PAYPAL_ENVIRONMENT'],
    [{ TRUSTED_PROXIES: '10.0.0.0/8, proxy.internal' }, 'TRUSTED_PROXIES "proxy.internal" is not an IP address'],
    [{ TRUSTED_PROXIES: '10.0.0.0/40' }, 'TRUSTED_PROXIES "10.0.0.0/40": the prefix length is at most 32'],
    [{ DOCUMENT_KEYS: 'k1:c2hvcnQ=' }, 'DOCUMENT_KEYS key "k1" must be 32 bytes'],
    [{ NODE_ENV: 'production' }, 'DOCUMENT_KEYS is required in production'],
    [{ REDIS_URL: 'http://cache:6379' }, 'REDIS_URL must look like redis://'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT'],
    [{ METRICS_TOKEN: 'abc' }, 'METRICS_TOKEN is too short'],
    [{ METRICS_PUBLIC: 'yes' }, 'METRICS_PUBLIC'],
  ])('refuses %o with one line naming the variable', (override, message) => {
    const attempt = () => parseEnv({ ...base, ...override })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(message)
    try {
      attempt()
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })

  it('accepts the embedded database without a secret outside production only', () => {
    const embedded = { DATABASE_URL: base.DATABASE_URL, DATABASE_EMBEDDED: '1' }
    expect(() => parseEnv(embedded)).not.toThrow()
    expect(() => parseEnv({ ...embedded, NODE_ENV: 'production' })).toThrow('PAYLOAD_SECRET is required')
  })

  it('takes document keys as id:base64, or none outside a production server (derived default key)', () => {
    const keys = `k2026:${Buffer.alloc(32, 1).toString('base64')},default`
    expect(parseEnv({ ...base, NODE_ENV: 'production', DOCUMENT_KEYS: keys }).DOCUMENT_KEYS).toBe(keys)
    expect(parseEnv({ ...base }).DOCUMENT_KEYS).toBeUndefined()
    const embedded = { DATABASE_URL: base.DATABASE_URL, DATABASE_EMBEDDED: '1', PAYLOAD_SECRET: 'x'.repeat(40) }
    expect(() => parseEnv({ ...embedded, NODE_ENV: 'production' })).not.toThrow()
  })
})

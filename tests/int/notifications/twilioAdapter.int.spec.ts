import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getEnv } from '@/config/env'
import {
  createTwilioSender,
  type SmsSender,
  SmsRejectedError,
  smsSenderFrom,
  SmsUnavailableError,
} from '@/integrations/messaging/sms'

import { type FakeTwilio, startFakeTwilio } from '../../helpers/fakeProviders/twilio'

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the send to fail')
}

describe('Twilio SMS adapter against the local fake Twilio', () => {
  let fake: FakeTwilio
  let sender: SmsSender

  beforeAll(async () => {
    const env = getEnv()
    fake = await startFakeTwilio({
      port: Number(new URL(env.TWILIO_API_BASE!).port),
      accountSid: env.TWILIO_ACCOUNT_SID!,
      authToken: env.TWILIO_AUTH_TOKEN!,
    })
    sender = smsSenderFrom(env, () => {
      throw new Error('the log sender must not be chosen when Twilio keys are set')
    })
  })

  afterAll(async () => {
    await fake?.close()
  })

  it('sends through the real SDK and returns the message SID', async () => {
    expect(sender.id).toBe('twilio')
    const result = await sender.send('+33612345678', 'Votre véhicule est arrivé au port.')
    expect(result.id).toMatch(/^SM[0-9a-f]{32}$/)
    expect(fake.messages.at(-1)).toEqual({
      sid: result.id,
      to: '+33612345678',
      from: getEnv().TWILIO_FROM,
      body: 'Votre véhicule est arrivé au port.',
    })
  })

  it('refuses a wrong auth token without repeating it', async () => {
    const env = getEnv()
    const wrongToken = 'wrong-token-that-must-not-leak'
    const wrong = createTwilioSender({
      accountSid: env.TWILIO_ACCOUNT_SID!,
      authToken: wrongToken,
      from: env.TWILIO_FROM!,
      apiBase: env.TWILIO_API_BASE,
    })
    const error = await failure(wrong.send('+33612345678', 'hello'))
    expect(error).toBeInstanceOf(SmsRejectedError)
    expect(error.message).toContain('401')
    expect(error.message).not.toContain(wrongToken)
    expect(JSON.stringify(error)).not.toContain(wrongToken)
  })

  it('refuses an invalid number with Twilio code 21211', async () => {
    const count = fake.messages.length
    const error = await failure(sender.send('0612345678', 'hello'))
    expect(error).toBeInstanceOf(SmsRejectedError)
    expect(error.message).toContain('21211')
    expect(fake.messages).toHaveLength(count)
  })

  it('reports a 500 as unavailable, then sends again once Twilio is back', async () => {
    fake.failNext(500)
    const error = await failure(sender.send('+33612345678', 'first try'))
    expect(error).toBeInstanceOf(SmsUnavailableError)
    expect(error.message).toContain('500')
    await expect(sender.send('+33612345678', 'second try')).resolves.toEqual({ id: expect.stringMatching(/^SM/) })
  })

  it('reports a timeout as unavailable', async () => {
    const env = getEnv()
    const impatient = createTwilioSender({
      accountSid: env.TWILIO_ACCOUNT_SID!,
      authToken: env.TWILIO_AUTH_TOKEN!,
      from: env.TWILIO_FROM!,
      apiBase: env.TWILIO_API_BASE,
      timeoutMs: 300,
    })
    fake.failNext('timeout')
    const error = await failure(impatient.send('+33612345678', 'no answer'))
    expect(error).toBeInstanceOf(SmsUnavailableError)
    expect(error.message).toContain('timed out')
  })

  it('reports an unreachable Twilio as unavailable', async () => {
    const env = getEnv()
    const nowhere = createTwilioSender({
      accountSid: env.TWILIO_ACCOUNT_SID!,
      authToken: env.TWILIO_AUTH_TOKEN!,
      from: env.TWILIO_FROM!,
      apiBase: 'http://127.0.0.1:1',
    })
    const error = await failure(nowhere.send('+33612345678', 'hello'))
    expect(error).toBeInstanceOf(SmsUnavailableError)
    expect(error.message).not.toContain(env.TWILIO_AUTH_TOKEN!)
  })
})

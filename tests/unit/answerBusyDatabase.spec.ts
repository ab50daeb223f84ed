import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { answerBusyDatabase } from '../../src/hooks/answerBusyDatabase'

const args = (error: Error) => ({ error, req: {} as PayloadRequest, context: {} })

describe('answerBusyDatabase', () => {
  it('answers 503 with Retry-After when the pool has no connection to give, however deep the cause', () => {
    const pool = new Error('timeout exceeded when trying to connect')
    const wrapped = new Error('Error: cannot begin transaction', { cause: pool })
    for (const error of [pool, wrapped]) {
      const request = args(error)
      expect(answerBusyDatabase(request)).toMatchObject({ status: 503 })
      expect(request.req.responseHeaders?.get('retry-after')).toBe('1')
    }
  })

  it('leaves every other error as Payload answers it', () => {
    expect(answerBusyDatabase(args(new Error('duplicate key value violates unique constraint')))).toBeUndefined()
  })
})

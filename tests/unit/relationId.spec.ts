import { describe, expect, it } from 'vitest'

import { idOf, isRecordId } from '../../src/domain/relationId'

describe('idOf', () => {
  it('reads the id of a populated relationship', () => {
    expect(idOf({ id: 'a1b2' })).toBe('a1b2')
    expect(idOf({ id: 42 })).toBe('42')
  })

  it('keeps an id stored at depth 0', () => {
    expect(idOf('a1b2')).toBe('a1b2')
    expect(idOf(7)).toBe('7')
  })

  it('has no id for an empty relationship', () => {
    expect(idOf(null)).toBeUndefined()
    expect(idOf(undefined)).toBeUndefined()
    expect(idOf('')).toBeUndefined()
  })
})

describe('isRecordId', () => {
  it('accepts a UUID, in either case', () => {
    expect(isRecordId('0b5e8f6a-3c1d-4e2f-9a7b-1c2d3e4f5a6b')).toBe(true)
    expect(isRecordId('0B5E8F6A-3C1D-4E2F-9A7B-1C2D3E4F5A6B')).toBe(true)
  })

  it('refuses anything else a URL could carry', () => {
    for (const value of [
      '',
      '42',
      'not-a-uuid',
      '0b5e8f6a-3c1d-4e2f-9a7b-1c2d3e4f5a6',
      "0b5e8f6a-3c1d-4e2f-9a7b-1c2d3e4f5a6b' or 1=1",
    ]) {
      expect(isRecordId(value), value).toBe(false)
    }
  })
})

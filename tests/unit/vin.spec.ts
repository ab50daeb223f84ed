import { describe, expect, it } from 'vitest'
import { computeCheckDigit, validateVin, withCheckDigit } from '../../src/domain/vin'

describe('validateVin', () => {
  it('accepts a North-American VIN whose check digit is right', () => {
    const result = validateVin('1M8GDM9AXKP042788')
    expect(result).toEqual({
      ok: true,
      vin: '1M8GDM9AXKP042788',
      wmi: '1M8',
      vds: 'GDM9AX',
      vis: 'KP042788',
      region: 'north_america',
      checkDigitApplies: true,
    })
    expect(validateVin('11111111111111111').ok).toBe(true)
  })

  it('normalises case and spaces', () => {
    const result = validateVin(' 1m8gdm9axkp 042788 ')
    expect(result.ok && result.vin).toBe('1M8GDM9AXKP042788')
  })

  it('refuses a wrong check digit, saying what it should be', () => {
    const result = validateVin('1M8GDM9A5KP042788')
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("expected 'X', found '5'") })
  })

  it('refuses I, O and Q', () => {
    const result = validateVin('WVWZZZ1JZXO000001')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain("'O' at position 11")
    expect(validateVin('IVWZZZ1JZXW000001').ok).toBe(false)
    expect(validateVin('WVWZZZ1JZXW00000Q').ok).toBe(false)
  })

  it('refuses a wrong length and stray characters', () => {
    expect(validateVin('WVWZZZ1JZXW00001')).toEqual({ ok: false, reason: 'A VIN has 17 characters; this one has 16.' })
    expect(validateVin('WVWZZZ1JZXW00000*').ok).toBe(false)
  })

  it('accepts a European VIN without checking position 9', () => {
    const result = validateVin('WVWZZZ1JZXW000001')
    expect(result.ok && result.region).toBe('europe')
    expect(result.ok && result.checkDigitApplies).toBe(false)
  })

  it('refuses a North-American model year of U, Z or 0', () => {
    const vin = withCheckDigit('1HGCM8263UA004352')
    expect(validateVin(vin)).toEqual({ ok: false, reason: expect.stringContaining("cannot be 'U'") })
  })

  it('computes check digits for seeds', () => {
    expect(computeCheckDigit('1M8GDM9A0KP042788')).toBe('X')
    expect(computeCheckDigit('11111111111111111')).toBe('1')
    const vin = withCheckDigit('5YJ3E1EA0KF000001')
    expect(validateVin(vin).ok).toBe(true)
  })
})

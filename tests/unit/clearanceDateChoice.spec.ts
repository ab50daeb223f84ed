import { describe, expect, it } from 'vitest'

import { chooseClearanceDate, parisDay } from '@/domain/clearanceDate'

const timeline = [
  { status: 'shipped', at: '2026-01-10T09:00:00.000Z' },
  { status: 'arrived', at: '2026-01-25T09:00:00.000Z' },
  // 23:30 UTC on the 27th is already the 28th in Paris (UTC+1 in winter): the 846A is dated the 28th.
  { status: 'customs_cleared', at: '2026-01-27T23:30:00.000Z' },
]

describe('chooseClearanceDate', () => {
  it('takes staff’s date first, whatever the order says', () => {
    expect(
      chooseClearanceDate({
        staff: '2026-01-20T00:00:00.000Z',
        orderTimeline: timeline,
        orderEta: '2026-01-22T00:00:00.000Z',
        registrationDate: '2026-03-05',
      }),
    ).toEqual({ ok: true, date: '2026-01-20', from: 'staff' })
  })

  it('then the day of the order’s “customs cleared” milestone, in Paris', () => {
    expect(
      chooseClearanceDate({
        orderTimeline: timeline,
        orderEta: '2026-01-22T00:00:00.000Z',
        expectedArrival: '2026-01-15T00:00:00.000Z',
        registrationDate: '2026-03-05',
      }),
    ).toEqual({ ok: true, date: '2026-01-28', from: 'order_customs_cleared' })
  })

  it('then the order’s ETA, then the quote’s expected arrival, then the registration day', () => {
    const noMilestone = timeline.slice(0, 2)
    const base = { orderTimeline: noMilestone, registrationDate: '2026-03-05' }
    expect(
      chooseClearanceDate({ ...base, orderEta: '2026-01-22T00:00:00.000Z', expectedArrival: '2026-01-15' }),
    ).toEqual({ ok: true, date: '2026-01-22', from: 'order_eta' })
    expect(chooseClearanceDate({ ...base, orderEta: null, expectedArrival: '2026-01-15T00:00:00.000Z' })).toEqual({
      ok: true,
      date: '2026-01-15',
      from: 'expected_arrival',
    })
    expect(chooseClearanceDate(base)).toEqual({ ok: true, date: '2026-03-05', from: 'registration_date' })
  })

  it('refuses staff’s clearance after the registration on the clearance field', () => {
    expect(chooseClearanceDate({ staff: '2026-03-06', registrationDate: '2026-03-05' })).toEqual({
      ok: false,
      field: 'pricingInputs.clearanceDate',
      message:
        'Customs clearance (2026-03-06) cannot be after the French registration (2026-03-05): a car is cleared before it is registered.',
    })
    expect(chooseClearanceDate({ staff: '2026-03-05', registrationDate: '2026-03-05' })).toMatchObject({
      ok: true,
      date: '2026-03-05',
    })
  })

  it('refuses a registration before the arrival the order expects, on the registration field', () => {
    expect(chooseClearanceDate({ orderEta: '2026-04-01T00:00:00.000Z', registrationDate: '2026-03-05' })).toEqual({
      ok: false,
      field: 'pricingInputs.registrationDate',
      message:
        'The expected registration (2026-03-05) is before customs clearance (2026-04-01, from the order’s shipping ETA): set a later registration date, or the clearance date.',
    })
  })

  it('reads an instant as its Paris day', () => {
    expect(parisDay('2026-07-14T22:30:00.000Z')).toBe('2026-07-15')
    expect(parisDay('2026-07-14T21:59:00.000Z')).toBe('2026-07-14')
    expect(parisDay('not a date')).toBeNull()
  })
})

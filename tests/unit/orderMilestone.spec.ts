import { describe, expect, it } from 'vitest'

import { milestoneReachedAt } from '@/domain/orderMilestone'

describe('milestoneReachedAt', () => {
  const createdAt = '2026-10-01T09:00:00.000Z'

  it('dates the current milestone by the timeline entry that reached it', () => {
    expect(
      milestoneReachedAt({
        status: 'shipped',
        createdAt,
        timeline: [
          { status: 'awaiting_deposit', at: createdAt },
          { status: 'deposit_paid', at: '2026-10-03T10:00:00.000Z' },
          { status: 'shipped', at: '2026-10-20T08:00:00.000Z' },
        ],
      }),
    ).toBe('2026-10-20T08:00:00.000Z')
  })

  it('takes the latest entry when the status was entered twice, whatever the order of the entries', () => {
    expect(
      milestoneReachedAt({
        status: 'arrived',
        createdAt,
        timeline: [
          { status: 'arrived', at: '2026-11-02T08:00:00.000Z' },
          { status: 'arrived', at: '2026-10-28T08:00:00.000Z' },
        ],
      }),
    ).toBe('2026-11-02T08:00:00.000Z')
  })

  it('falls back on the creation date without a matching entry', () => {
    expect(milestoneReachedAt({ status: 'awaiting_deposit', createdAt, timeline: [] })).toBe(createdAt)
    expect(milestoneReachedAt({ status: 'deposit_paid', createdAt, timeline: null })).toBe(createdAt)
  })
})

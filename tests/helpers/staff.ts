import type { Payload } from 'payload'

import type { StaffRole, User } from '@/payload-types'
import { login } from './rest'

export const STAFF_PASSWORD = 'correct-horse-battery'

export type StaffSession = { user: User; token: string }

/** Creates one staff member per role and signs each in over REST. */
export async function createStaff(payload: Payload): Promise<Record<StaffRole, StaffSession>> {
  const sessions = {} as Record<StaffRole, StaffSession>
  for (const role of ['admin', 'sales', 'marketing'] as const) {
    const email = `${role}.${Date.now()}@staff.test`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: STAFF_PASSWORD, role, name: `${role} tester` },
    })
    sessions[role] = { user, token: await login('users', email, STAFF_PASSWORD) }
  }
  return sessions
}

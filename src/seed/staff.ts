import type { Payload, RequestContext } from 'payload'

import type { StaffRole, User } from '@/payload-types'

export const DEMO_PASSWORD = 'autoport-demo'

export const DEMO_STAFF: { email: string; name: string; role: StaffRole }[] = [
  { email: 'admin@autoport.test', name: 'Alice Admin', role: 'admin' },
  { email: 'sales@autoport.test', name: 'Samir Sales', role: 'sales' },
  { email: 'marketing@autoport.test', name: 'Maëlle Marketing', role: 'marketing' },
]

export type StaffUser = User & { collection: 'users' }

/** The three staff logins; returns the sales user, who records payments and reviews in the rest of the seed. */
export async function seedStaff(
  payload: Payload,
  context: RequestContext,
): Promise<{ sales: StaffUser; line: string }> {
  let created = 0
  for (const member of DEMO_STAFF) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: member.email } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs.length > 0) continue
    await payload.create({ collection: 'users', data: { ...member, password: DEMO_PASSWORD }, context })
    created += 1
  }
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'sales@autoport.test' } },
    limit: 1,
    depth: 0,
  })
  return {
    sales: { ...docs[0]!, collection: 'users' },
    line: `Seeded ${created} staff logins (${DEMO_STAFF.length - created} already there)`,
  }
}

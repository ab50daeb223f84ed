import type { Payload, RequestContext } from 'payload'

import type { StaffRole } from '@/payload-types'

export const DEMO_PASSWORD = 'autoport-demo'

export const DEMO_STAFF: { email: string; name: string; role: StaffRole }[] = [
  { email: 'admin@autoport.test', name: 'Alice Admin', role: 'admin' },
  { email: 'sales@autoport.test', name: 'Samir Sales', role: 'sales' },
  { email: 'marketing@autoport.test', name: 'Maëlle Marketing', role: 'marketing' },
]

export async function seedStaff(payload: Payload, context: RequestContext): Promise<void> {
  for (const member of DEMO_STAFF) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: member.email } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs.length > 0) continue
    await payload.create({ collection: 'users', data: { ...member, password: DEMO_PASSWORD }, context })
    payload.logger.info(`Seeded staff ${member.email} (${member.role})`)
  }
}

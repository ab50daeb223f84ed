import 'server-only'

import { headers } from 'next/headers'

import { isStaffUser } from '@/access/roles'
import { getPayloadClient } from './payload'

/** The staff member looking at a draft through live preview, or null for anyone else. */
export async function previewUser() {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return isStaffUser(user) ? user : null
}

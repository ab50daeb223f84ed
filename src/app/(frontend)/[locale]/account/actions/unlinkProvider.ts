'use server'

import { redirect } from '@/i18n/navigation'
import { getCustomer } from '../../../_auth/session'
import { getPayloadClient } from '../../../_data/payload'
import { formLocale } from '../_lib/actionKit'

/**
 * Removes one linked sign-in provider from the signed-in customer's account, as that customer (the
 * identities field lets its owner remove rows, never add or change one: src/oidc/identitiesField.ts).
 */
export async function unlinkProvider(form: FormData): Promise<void> {
  const locale = await formLocale(form)
  const customer = await getCustomer()
  if (!customer) redirect({ href: { pathname: '/account', query: { next: '/account/profile' } }, locale })
  const id = form.get('identity')
  const identities = customer!.identities ?? []
  let outcome = 'failed'
  if (typeof id === 'string' && identities.some((row) => row.id === id)) {
    const payload = await getPayloadClient()
    try {
      await payload.update({
        collection: 'customers',
        id: customer!.id,
        data: { identities: identities.filter((row) => row.id !== id) },
        overrideAccess: false,
        user: customer,
        depth: 0,
      })
      outcome = 'removed'
    } catch (error) {
      payload.logger.error({ err: error, msg: 'sign-in provider could not be unlinked' })
    }
  }
  redirect({ href: { pathname: '/account/profile', query: { provider: outcome } }, locale })
}

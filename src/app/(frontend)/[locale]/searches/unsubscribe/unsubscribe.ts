'use server'

import { getTranslations } from 'next-intl/server'

import { unsubscribeSavedSearch } from '@/collections/SavedSearches/unsubscribe'
import { isLocale } from '@/i18n/routing'
import { getPayloadClient } from '../../../_data/payload'

export type UnsubscribeState = { status: 'idle' | 'done' | 'invalid'; message?: string }

/** The confirmation button's action: the link's page only shows it, since mail scanners open links. */
export async function confirmUnsubscribe(_previous: UnsubscribeState, form: FormData): Promise<UnsubscribeState> {
  const requested = form.get('locale')
  const locale = typeof requested === 'string' && isLocale(requested) ? requested : 'fr'
  const t = await getTranslations({ locale, namespace: 'account.searches.unsubscribe' })
  const payload = await getPayloadClient()
  const search = await unsubscribeSavedSearch(payload, form.get('id'), form.get('token'))
  return search
    ? { status: 'done', message: t('done', { name: search.name }) }
    : { status: 'invalid', message: t('invalid') }
}

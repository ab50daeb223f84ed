import { getTranslations } from 'next-intl/server'

import { date } from '@/components/format'
import type { Locale } from '@/i18n/routing'
import { oidcProvider, oidcProvidersFor } from '@/oidc/client'
import type { Customer } from '@/payload-types'
import { unlinkProvider } from '../actions/unlinkProvider'
import styles from '../account.module.css'

/** The providers that sign in to this account, each with a button to remove it (no JavaScript needed). */
export async function LinkedProviders({
  customer,
  locale,
  outcome,
}: {
  customer: Pick<Customer, 'identities'>
  locale: Locale
  outcome?: string
}) {
  const identities = customer.identities ?? []
  // Nothing to show where no provider is configured and none was ever linked.
  if (!identities.length && !oidcProvidersFor('customers').length) return null
  const t = await getTranslations({ locale, namespace: 'oidc.profile' })
  return (
    <section className={`card ${styles.stack}`} aria-labelledby="linked-providers" data-testid="linked-providers">
      <h2 id="linked-providers">{t('title')}</h2>
      <p className={styles.lead}>{t('lead')}</p>
      {outcome === 'removed' && (
        <p className="form-success" role="status">
          {t('removed')}
        </p>
      )}
      {outcome === 'failed' && (
        <p className="form-error" role="alert">
          {t('failed')}
        </p>
      )}
      {identities.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className={styles.stack}>
          {identities.map((identity) => (
            <li key={identity.id}>
              <form action={unlinkProvider}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="identity" value={identity.id ?? ''} />
                <strong>{oidcProvider(identity.provider)?.label ?? identity.provider}</strong>
                {identity.email ? ` · ${identity.email}` : ''}
                {identity.linkedAt ? ` · ${t('linkedOn', { date: date(identity.linkedAt, locale) })}` : ''}{' '}
                <button type="submit" className="button button--ghost">
                  {t('remove')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

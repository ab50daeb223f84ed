import { getTranslations } from 'next-intl/server'

import { date } from '@/components/format'
import type { Locale } from '@/i18n/routing'
import { oidcProvider, oidcProvidersFor } from '@/oidc/client'
import type { Customer } from '@/payload-types'
import { unlinkProvider } from '../actions/unlinkProvider'
import styles from '../account.module.css'

/** Why a link came back without being made (?provider=, set by /api/oidc/:provider/link/finish or the callback). */
const REFUSALS = [
  'signedOut',
  'linkedElsewhere',
  'linkUnverified',
  'state',
  'rejected',
  'unavailable',
  'tooMany',
] as const

/**
 * The providers that sign in to this account, each with a button to remove it (no JavaScript
 * needed), and a "Link …" for each configured one: a plain link to /api/oidc/:provider/link, which
 * sends the customer to sign in at the provider and back here with the outcome.
 */
export async function LinkedProviders({
  customer,
  locale,
  outcome,
  via,
}: {
  customer: Pick<Customer, 'identities'>
  locale: Locale
  outcome?: string
  via?: string
}) {
  const identities = customer.identities ?? []
  const providers = oidcProvidersFor('customers')
  // Nothing to show where no provider is configured and none was ever linked.
  if (!identities.length && !providers.length) return null
  const t = await getTranslations({ locale, namespace: 'oidc.profile' })
  const provider = (via && oidcProvider(via)?.label) || t('theProvider')
  const refusal = REFUSALS.find((code) => code === outcome)
  // One account per provider is what people expect; another one is still linked by removing the first.
  const linkable = providers.filter((option) => !identities.some((identity) => identity.provider === option.id))
  return (
    <section
      className={`card ${styles.panel} ${styles.stack}`}
      aria-labelledby="linked-providers"
      data-testid="linked-providers"
    >
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
      {(outcome === 'linked' || outcome === 'alreadyLinked') && (
        <p className="form-success" role="status" data-testid="link-outcome">
          {t(outcome, { provider })}
        </p>
      )}
      {refusal && (
        <p className="form-error" role="alert" data-testid="link-outcome">
          {t(`linkRefused.${refusal}`, { provider })}
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
      {linkable.length > 0 && (
        <p className={styles.providerButtons}>
          {linkable.map((option) => (
            <a
              key={option.id}
              href={`/api/oidc/${option.id}/link?locale=${locale}`}
              className="button button--ghost"
              data-testid={`link-${option.id}`}
            >
              {t('link', { provider: option.label })}
            </a>
          ))}
        </p>
      )}
    </section>
  )
}

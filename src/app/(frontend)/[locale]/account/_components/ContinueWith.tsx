import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/routing'
import { oidcProvidersFor } from '@/oidc/client'
import styles from '../account.module.css'

const ERRORS = [
  'unavailable',
  'state',
  'rejected',
  'tooMany',
  'noEmail',
  'unverifiedEmail',
  'accountExists',
  'erased',
  'unverifiedAccount',
  'notInvited',
  'noRole',
] as const

/**
 * "Continue with …" for each customer provider (src/config/oidc.ts; none configured: nothing), and
 * why the last try came back here (?oidcError=, set by /api/oidc/:provider/callback). Plain links:
 * the sign-in starts on the server, which keeps state, nonce and PKCE verifier in a signed cookie.
 */
export async function ContinueWith({ locale, next, error }: { locale: Locale; next?: string; error?: string }) {
  const providers = oidcProvidersFor('customers')
  if (!providers.length) return null
  const t = await getTranslations({ locale, namespace: 'oidc' })
  const known = ERRORS.find((code) => code === error)
  const query = new URLSearchParams({ locale, ...(next ? { next } : {}) })
  return (
    <div className={styles.stack} data-testid="continue-with">
      {known && (
        <p className="form-error" role="alert" data-testid="oidc-error">
          {t(`errors.${known}`, { provider: providers.map((provider) => provider.label).join(', ') })}
        </p>
      )}
      <p className={styles.lead}>{t('or')}</p>
      {providers.map((provider) => (
        <a
          key={provider.id}
          href={`/api/oidc/${provider.id}/start?${query}`}
          className="button button--ghost"
          data-testid={`continue-with-${provider.id}`}
        >
          {t('continueWith', { provider: provider.label })}
        </a>
      ))}
    </div>
  )
}

import type { I18nClient } from '@payloadcms/translations'

import { adminWords } from '@/admin/i18n/words'
import { oidcProvidersFor } from '@/oidc/client'
import styles from './ProviderSignIn.module.css'

// Why the last try through a provider came back to the login page: ?oidcError= (src/oidc/endpoints.ts).
type Props = { searchParams?: Record<string, string | string[] | undefined>; i18n?: I18nClient }

/** "Sign in with …" under the admin's login form, one button per staff provider (none: nothing). */
export function ProviderSignIn({ searchParams, i18n }: Props) {
  const providers = oidcProvidersFor('staff')
  if (!providers.length) return null
  const words = adminWords(i18n?.language).providerSignIn
  const error = typeof searchParams?.oidcError === 'string' ? words.errors[searchParams.oidcError] : undefined
  return (
    <div className={styles.providers}>
      {error && (
        <p role="alert" className={styles.error} data-testid="oidc-error">
          {error}
        </p>
      )}
      {providers.map((provider) => (
        <a
          key={provider.id}
          className="btn btn--style-secondary btn--size-large"
          href={`/api/oidc/${provider.id}/start`}
          data-testid={`oidc-${provider.id}`}
        >
          {words.signInWith(provider.label)}
        </a>
      ))}
    </div>
  )
}

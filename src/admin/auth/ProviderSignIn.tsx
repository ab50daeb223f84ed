import { oidcProvidersFor } from '@/oidc/client'
import styles from './ProviderSignIn.module.css'

/** Why the last try through a provider came back to the login page (?oidcError=, src/oidc/endpoints.ts). */
const MESSAGES: Record<string, string> = {
  unavailable: 'The sign-in provider cannot be reached right now. Try again later, or sign in with your password.',
  state: 'That sign-in link has expired or was already used. Start again.',
  rejected: 'The sign-in provider did not confirm who you are. Start again.',
  tooMany: 'Too many attempts: wait a few minutes, then try again.',
  noEmail: 'The provider did not give your e-mail address.',
  unverifiedEmail: 'The provider has not verified your e-mail address.',
  notInvited: 'This account has no access to Autoport. Ask an administrator to invite you.',
  noRole: 'Your account at the provider grants no Autoport role. Ask an administrator.',
  unverifiedAccount: 'This account is not confirmed yet.',
  erased: 'This account cannot sign in.',
}

type Props = { searchParams?: Record<string, string | string[] | undefined> }

/** "Sign in with …" under the admin's login form, one button per staff provider (none: nothing). */
export function ProviderSignIn({ searchParams }: Props) {
  const providers = oidcProvidersFor('staff')
  if (!providers.length) return null
  const error = typeof searchParams?.oidcError === 'string' ? MESSAGES[searchParams.oidcError] : undefined
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
          Sign in with {provider.label}
        </a>
      ))}
    </div>
  )
}

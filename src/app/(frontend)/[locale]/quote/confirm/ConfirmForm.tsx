'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { Link } from '@/i18n/navigation'
import { confirmRequest, type ConfirmState } from './actions'
import styles from '../quote.module.css'

export function ConfirmForm({ token }: { token: string }) {
  const t = useTranslations('quote')
  const [state, action, pending] = useActionState<ConfirmState, FormData>(confirmRequest, { status: 'idle' })
  if (state.status === 'confirmed') {
    return (
      <div className={`card ${styles.sent}`} role="status">
        <h2>{t('confirmedTitle')}</h2>
        <p>{t('confirmedText', { number: state.quoteNumber })}</p>
        {state.setPasswordToken ? (
          <>
            <p>{t('setPassword')}</p>
            <Link
              href={`/account/reset-password?token=${encodeURIComponent(state.setPasswordToken)}`}
              className="button button--brass"
            >
              {t('setPasswordButton')}
            </Link>
          </>
        ) : (
          <Link href="/account/quotes" className="button">
            {t('goToAccount')}
          </Link>
        )}
      </div>
    )
  }
  return (
    <form action={action} className={`card ${styles.sent}`}>
      {state.status === 'error' && (
        <p className="form-error" role="alert">
          {t(state.reason === 'expired' ? 'expiredLink' : state.reason === 'retry' ? 'retryLink' : 'invalidLink')}
        </p>
      )}
      <p>{t('confirmText')}</p>
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="button button--brass" disabled={pending || !token}>
        {t('confirmButton')}
      </button>
    </form>
  )
}

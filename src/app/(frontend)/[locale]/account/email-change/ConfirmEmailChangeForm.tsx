'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { Link } from '@/i18n/navigation'
import { FormMessage } from '../_components/Field'
import { SubmitButton } from '../_components/SubmitButton'
import { initialFormState } from '../_lib/formState'
import { confirmEmailChange } from '../actions/confirmEmailChange'
import styles from '../account.module.css'

export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const t = useTranslations('account.emailChange')
  const locale = useLocale()
  const [state, action] = useActionState(confirmEmailChange, initialFormState)
  if (state.status === 'error' && state.errors?.token) {
    // Used, expired or taken: no button to press again.
    return (
      <div className={styles.stack}>
        <FormMessage status={state.status} message={state.message} />
        <p className={styles.lead}>{state.errors.token}</p>
        <Link href="/account" className="button button--ghost">
          {t('toSignIn')}
        </Link>
      </div>
    )
  }
  return (
    <form action={action} className={styles.stack}>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t('pending')} className="button button--brass">
        {t('submit')}
      </SubmitButton>
    </form>
  )
}

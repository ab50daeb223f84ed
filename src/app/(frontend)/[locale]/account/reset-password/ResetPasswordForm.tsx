'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { FormMessage, TextField } from '../_components/Field'
import { SubmitButton } from '../_components/SubmitButton'
import { initialFormState } from '../_lib/formState'
import { resetPassword } from '../actions/resetPassword'
import styles from '../account.module.css'

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('account.reset')
  const locale = useLocale()
  const [state, action] = useActionState(resetPassword, initialFormState)
  return (
    <form action={action} noValidate className={styles.stack}>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label={t('password')}
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={128}
        error={state.errors?.password}
        hint={t('passwordHint')}
      />
      <TextField
        name="passwordConfirm"
        label={t('passwordConfirm')}
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
        error={state.errors?.passwordConfirm}
      />
      <SubmitButton pendingLabel={t('pending')} className="button button--brass">
        {t('submit')}
      </SubmitButton>
    </form>
  )
}

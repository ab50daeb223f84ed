'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { FormMessage, TextField } from '../_components/Field'
import { SubmitButton } from '../_components/SubmitButton'
import { initialFormState } from '../_lib/formState'
import { forgotPassword } from '../actions/forgotPassword'
import styles from '../account.module.css'

export function ForgotPasswordForm() {
  const t = useTranslations('account.forgot')
  const locale = useLocale()
  const [state, action] = useActionState(forgotPassword, initialFormState)
  if (state.status === 'success') {
    return (
      <p className="form-success" role="status">
        {state.message}
      </p>
    )
  }
  return (
    <form action={action} noValidate className={styles.stack}>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="email"
        label={t('email')}
        type="email"
        inputMode="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <SubmitButton pendingLabel={t('pending')} className="button button--brass">
        {t('submit')}
      </SubmitButton>
    </form>
  )
}

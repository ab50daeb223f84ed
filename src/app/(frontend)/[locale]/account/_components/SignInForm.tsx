'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { signIn } from '../actions/signIn'
import styles from '../account.module.css'
import { initialFormState } from '../_lib/formState'
import { FormMessage, TextField } from './Field'
import { SubmitButton } from './SubmitButton'

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('account.signIn')
  const locale = useLocale()
  const [state, action] = useActionState(signIn, initialFormState)
  const values = state.values ?? {}
  return (
    <form action={action} noValidate className={styles.stack}>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        name="email"
        label={t('email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        maxLength={254}
        defaultValue={values.email}
        error={state.errors?.email}
      />
      <TextField
        name="password"
        label={t('password')}
        type="password"
        autoComplete="current-password"
        required
        maxLength={256}
        error={state.errors?.password}
      />
      <SubmitButton pendingLabel={t('pending')} className="button button--brass">
        {t('submit')}
      </SubmitButton>
    </form>
  )
}

'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { Link } from '@/i18n/navigation'
import { FormMessage, TextField } from '../_components/Field'
import { SubmitButton } from '../_components/SubmitButton'
import { initialFormState } from '../_lib/formState'
import { register } from '../actions/register'
import styles from '../account.module.css'

export function RegisterForm() {
  const t = useTranslations('account.register')
  const locale = useLocale()
  const [state, action] = useActionState(register, initialFormState)
  const values = state.values ?? {}

  if (state.status === 'success') {
    return (
      <div role="status" className={styles.stack}>
        <p className="form-success">{state.message}</p>
        <p>{t('checkEmailHint')}</p>
        <Link href="/account" className="button button--ghost">
          {t('toSignIn')}
        </Link>
      </div>
    )
  }

  return (
    <form action={action} noValidate className={styles.stack}>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="locale" value={locale} />
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="register-website">{t('honeypot')}</label>
        <input id="register-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <div className={styles.fieldRow}>
        <TextField
          name="firstName"
          label={t('firstName')}
          autoComplete="given-name"
          required
          maxLength={80}
          defaultValue={values.firstName}
          error={state.errors?.firstName}
        />
        <TextField
          name="lastName"
          label={t('lastName')}
          autoComplete="family-name"
          required
          maxLength={80}
          defaultValue={values.lastName}
          error={state.errors?.lastName}
        />
      </div>
      <TextField
        name="email"
        label={t('email')}
        type="email"
        inputMode="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={values.email}
        error={state.errors?.email}
        hint={t('emailHint')}
      />
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
      <p className={styles.note}>{t('privacy')}</p>
      <SubmitButton pendingLabel={t('pending')} className="button button--brass">
        {t('submit')}
      </SubmitButton>
    </form>
  )
}

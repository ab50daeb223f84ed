'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { FormMessage, TextField } from '../_components/Field'
import { SubmitButton } from '../_components/SubmitButton'
import { initialFormState } from '../_lib/formState'
import { requestEmailChange } from '../actions/requestEmailChange'
import styles from '../account.module.css'

/** A new address and the current password; the change waits for the link mailed to the new address. */
export function ChangeEmailForm({ pendingEmail }: { pendingEmail?: string | null }) {
  const t = useTranslations('account')
  const locale = useLocale()
  const [state, action] = useActionState(requestEmailChange, initialFormState)
  return (
    <form action={action} noValidate className={styles.stack}>
      <fieldset className={`card ${styles.fieldset}`}>
        <legend className={styles.legend}>{t('security.emailTitle')}</legend>
        <p className={styles.lead}>{t('security.emailLead')}</p>
        {pendingEmail && state.status !== 'success' && (
          <p className={styles.notice} role="status">
            {t('profile.pendingEmail', { email: pendingEmail })}
          </p>
        )}
        <FormMessage status={state.status} message={state.message} />
        <input type="hidden" name="locale" value={locale} />
        <TextField
          name="newEmail"
          label={t('security.newEmail')}
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={state.values?.newEmail ?? ''}
          error={state.errors?.newEmail}
        />
        <TextField
          name="currentPassword"
          id="email-current-password"
          label={t('security.emailCurrentPassword')}
          type="password"
          autoComplete="current-password"
          required
          maxLength={128}
          error={state.errors?.currentPassword}
        />
        <SubmitButton pendingLabel={t('security.emailPending')} className="button button--ghost">
          {t('security.emailSubmit')}
        </SubmitButton>
      </fieldset>
    </form>
  )
}

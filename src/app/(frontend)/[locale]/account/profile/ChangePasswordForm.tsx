'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { FormMessage, TextField } from '../_components/Field'
import { SubmitButton } from '../_components/SubmitButton'
import { initialFormState } from '../_lib/formState'
import { changePassword } from '../actions/changePassword'
import styles from '../account.module.css'

/** Current password, new one twice; passwords are never sent back into the form. */
export function ChangePasswordForm() {
  const t = useTranslations('account.security')
  const locale = useLocale()
  const [state, action] = useActionState(changePassword, initialFormState)
  return (
    // A successful change empties the fields: the key remounts the form.
    <form key={state.status === 'success' ? state.message : 'form'} action={action} noValidate className={styles.stack}>
      <fieldset className={`card ${styles.fieldset}`}>
        <legend className={styles.legend}>{t('passwordTitle')}</legend>
        <p className={styles.lead}>{t('passwordLead')}</p>
        <FormMessage status={state.status} message={state.message} />
        <input type="hidden" name="locale" value={locale} />
        <TextField
          name="currentPassword"
          id="password-current"
          label={t('currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          maxLength={128}
          error={state.errors?.currentPassword}
        />
        <TextField
          name="newPassword"
          label={t('newPassword')}
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          maxLength={128}
          hint={t('newPasswordHint')}
          error={state.errors?.newPassword}
        />
        <TextField
          name="newPasswordConfirm"
          label={t('newPasswordConfirm')}
          type="password"
          autoComplete="new-password"
          required
          maxLength={128}
          error={state.errors?.newPasswordConfirm}
        />
        <SubmitButton pendingLabel={t('passwordPending')} className="button button--brass">
          {t('passwordSubmit')}
        </SubmitButton>
      </fieldset>
    </form>
  )
}

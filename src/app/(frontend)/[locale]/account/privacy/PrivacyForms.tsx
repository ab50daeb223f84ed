'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { describe, FormMessage, TextField } from '../_components/Field'
import { SubmitButton } from '../_components/SubmitButton'
import { initialFormState } from '../_lib/formState'
import { eraseAccount } from '../actions/eraseAccount'
import { requestExport } from '../actions/requestExport'
import styles from '../account.module.css'

/** "Prepare my data": queues the archive; the link comes by e-mail. */
export function ExportForm() {
  const t = useTranslations('account.privacy')
  const locale = useLocale()
  const [state, action] = useActionState(requestExport, initialFormState)
  return (
    <form action={action} className={styles.stack}>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton pendingLabel={t('exportPending')}>{t('exportButton')}</SubmitButton>
    </form>
  )
}

/** The account's erasure: the password and an explicit box, then it is final. */
export function EraseForm() {
  const t = useTranslations('account.privacy')
  const locale = useLocale()
  const [state, action] = useActionState(eraseAccount, initialFormState)
  const confirm = describe({ name: 'confirm', error: state.errors?.confirm })
  if (state.status === 'success') return <FormMessage status="success" message={state.message} />
  return (
    <form action={action} noValidate className={styles.stack}>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        required
        error={state.errors?.password}
      />
      <div className="field">
        <label className="checkbox" htmlFor={confirm.control}>
          <input id={confirm.control} type="checkbox" name="confirm" required {...confirm.aria} />
          <span>{t('confirm')}</span>
        </label>
        {state.errors?.confirm && (
          <span className="error" id={confirm.errorId}>
            {state.errors.confirm}
          </span>
        )}
      </div>
      <SubmitButton pendingLabel={t('erasePending')} className="button button--danger">
        {t('eraseButton')}
      </SubmitButton>
    </form>
  )
}

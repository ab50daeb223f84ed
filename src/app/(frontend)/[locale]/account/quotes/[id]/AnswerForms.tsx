'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { FormMessage, TextArea, describe } from '../../_components/Field'
import { SubmitButton } from '../../_components/SubmitButton'
import { initialFormState } from '../../_lib/formState'
import { acceptQuote } from '../../actions/acceptQuote'
import { declineQuote } from '../../actions/declineQuote'
import styles from '../../account.module.css'

type Props = {
  id: string
  deposit: string
  total: string
  /** The general terms of sale, read before accepting; the acceptance records their version. */
  termsHref: string | null
  termsLabel: string
}

/** Accept (with an explicit confirmation) or decline (with an optional reason) a sent quote. */
export function AnswerForms({ id, deposit, total, termsHref, termsLabel }: Props) {
  const t = useTranslations('account.answer')
  const locale = useLocale()
  const [accepted, accept] = useActionState(acceptQuote, initialFormState)
  const [declined, decline] = useActionState(declineQuote, initialFormState)
  const confirm = describe({ name: 'confirm', id: 'accept-confirm', error: accepted.errors?.confirm })

  return (
    <div className={styles.answer}>
      <form action={accept} noValidate className={`card ${styles.answerCard} ${styles.answerAccept}`}>
        <h2 className={styles.panelTitle}>{t('acceptTitle')}</h2>
        <p>{t('acceptText', { total, deposit })}</p>
        <FormMessage status={accepted.status} message={accepted.message} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={id} />
        <div className="field">
          <label className="checkbox" htmlFor={confirm.control}>
            <input id={confirm.control} type="checkbox" name="confirm" required {...confirm.aria} />
            <span>{t('confirm')}</span>
          </label>
          {termsHref && (
            <a href={termsHref} target="_blank" rel="noopener" data-testid="terms-link" className="hint">
              {termsLabel}
            </a>
          )}
          {accepted.errors?.confirm && (
            <span className="error" id={confirm.errorId}>
              {accepted.errors.confirm}
            </span>
          )}
        </div>
        <SubmitButton pendingLabel={t('accepting')} className="button button--brass">
          {t('accept')}
        </SubmitButton>
      </form>

      <form action={decline} noValidate className={`card ${styles.answerCard}`}>
        <h2 className={styles.panelTitle}>{t('declineTitle')}</h2>
        <FormMessage status={declined.status} message={declined.message} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={id} />
        <TextArea
          name="declineReason"
          id="decline-reason"
          label={t('reason')}
          hint={t('reasonHint')}
          maxLength={1000}
          rows={3}
          defaultValue={declined.values?.declineReason}
          error={declined.errors?.declineReason}
        />
        <SubmitButton pendingLabel={t('declining')} className="button button--ghost">
          {t('decline')}
        </SubmitButton>
      </form>
    </div>
  )
}

'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { FormMessage } from '../../_components/Field'
import { SubmitButton } from '../../_components/SubmitButton'
import { initialFormState } from '../../_lib/formState'
import { startPayment } from '../../actions/startPayment'
import styles from '../../account.module.css'

/** One button per online provider we have keys for; each opens that provider's payment page. */
export function PayOnline({
  orderId,
  providers,
  amount,
}: {
  orderId: string
  providers: ('stripe' | 'paypal')[]
  amount: string
}) {
  const t = useTranslations('account.pay')
  const locale = useLocale()
  const [state, pay] = useActionState(startPayment, initialFormState)
  return (
    <form action={pay} className={styles.payOnline}>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="orderId" value={orderId} />
      <div className={styles.payButtons}>
        {providers.map((provider) => (
          <SubmitButton
            key={provider}
            name="provider"
            value={provider}
            pendingLabel={t('opening')}
            className={provider === 'stripe' ? 'button button--brass' : 'button button--ghost'}
          >
            {t(`with.${provider}`, { amount })}
          </SubmitButton>
        ))}
      </div>
      <p className={styles.note}>{t('secure')}</p>
    </form>
  )
}

import { getTranslations } from 'next-intl/server'

import { euros } from '@/components/format'
import type { Locale } from '@/i18n/routing'
import { offeredProviders } from '@/integrations/payments'
import type { SignedInCustomer } from '../../../../_data/account'
import { PortalMessages } from '../../_components/PortalMessages'
import styles from '../../account.module.css'
import { BankTransfer } from './BankTransfer'
import { PayOnline } from './PayOnline'

/** What the customer pays next, online when a provider is configured, and always by bank transfer. */
export async function PaymentStep({
  customer,
  locale,
  orderId,
  reference,
  transfer,
}: {
  customer: SignedInCustomer
  locale: Locale
  orderId: string
  reference: string
  transfer: { kind: 'deposit' | 'balance'; amount: number }
}) {
  const t = await getTranslations({ locale, namespace: 'account.pay' })
  const providers = offeredProviders()
  const amount = euros(transfer.amount, locale, { exact: true })
  return (
    <>
      {providers.length > 0 && (
        <section aria-labelledby="pay-online" className={`card ${styles.panel} ${styles.bank}`}>
          <h2 id="pay-online" className={styles.panelTitle}>
            {t(transfer.kind === 'deposit' ? 'depositTitle' : 'balanceTitle', { amount })}
          </h2>
          <p>{t(transfer.kind === 'deposit' ? 'depositIntro' : 'balanceIntro', { amount })}</p>
          <PortalMessages sections={['pay']}>
            <PayOnline orderId={orderId} providers={providers} amount={amount} />
          </PortalMessages>
        </section>
      )}
      <BankTransfer
        customer={customer}
        locale={locale}
        reference={reference}
        amount={transfer.amount}
        deposit={transfer.kind === 'deposit'}
      />
    </>
  )
}

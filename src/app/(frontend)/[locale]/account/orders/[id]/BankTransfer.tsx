import { getTranslations } from 'next-intl/server'

import { euros } from '@/components/format'
import type { Locale } from '@/i18n/routing'
import { getBankDetails, type SignedInCustomer } from '../../../../_data/account'
import styles from '../../account.module.css'

/**
 * Our bank details, shown only here inside the signed-in portal (read as the customer: the global
 * hides them from visitors), with the order number as the transfer reference.
 */
export async function BankTransfer({
  customer,
  locale,
  reference,
  amount,
  deposit,
}: {
  customer: SignedInCustomer
  locale: Locale
  reference: string
  amount: number
  deposit: boolean
}) {
  const [bank, t] = await Promise.all([
    getBankDetails(customer),
    getTranslations({ locale, namespace: 'account.bank' }),
  ])
  return (
    <section aria-labelledby="bank-transfer" className={`card ${styles.panel} ${styles.bank}`}>
      <h2 id="bank-transfer" className={styles.panelTitle}>
        {deposit ? t('depositTitle') : t('balanceTitle')}
      </h2>
      <p>{t(deposit ? 'intro' : 'introBalance', { amount: euros(amount, locale, { exact: true }) })}</p>
      {bank?.iban ? (
        <dl className={styles.bankDetails}>
          <div className={styles.factPair}>
            <dt>{t('holder')}</dt>
            <dd>{bank.holder}</dd>
          </div>
          <div className={styles.factPair}>
            <dt>{t('iban')}</dt>
            <dd className={styles.code}>{bank.iban}</dd>
          </div>
          {bank.bic && (
            <div className={styles.factPair}>
              <dt>{t('bic')}</dt>
              <dd className={styles.code}>{bank.bic}</dd>
            </div>
          )}
          {bank.bank && (
            <div className={styles.factPair}>
              <dt>{t('bank')}</dt>
              <dd>{bank.bank}</dd>
            </div>
          )}
          <div className={styles.factPair}>
            <dt>{t('reference')}</dt>
            <dd className={styles.code}>{reference}</dd>
          </div>
          <div className={styles.factPair}>
            <dt>{t('amount')}</dt>
            <dd className="money">{euros(amount, locale, { exact: true })}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">{t('missing')}</p>
      )}
      <p className={styles.fraud} role="note">
        <strong>{t('fraudTitle')}</strong> {t('fraudText')}
      </p>
    </section>
  )
}

import { getLocale, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { isLocale } from '@/i18n/routing'
import styles from './account.module.css'

/** Someone else's quote, order or document looks exactly like one that does not exist. */
export default async function AccountNotFound() {
  const current = await getLocale()
  const locale = isLocale(current) ? current : 'fr'
  const t = await getTranslations({ locale, namespace: 'account.notFound' })
  return (
    <div className={`container ${styles.authPage}`}>
      <div className={`card ${styles.authCard}`}>
        <p className={styles.kicker}>404</p>
        <h1>{t('title')}</h1>
        <p className={styles.lead}>{t('text')}</p>
        <Link href="/account" className="button button--brass">
          {t('back')}
        </Link>
      </div>
    </div>
  )
}

import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/routing'
import styles from './NotFound.module.css'

/**
 * The storefront's 404: says what happened and offers the two ways on (search the stock, go home).
 * A plain GET form, so the search works before any script has loaded.
 */
export async function NotFound({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' })
  const prefix = locale === 'fr' ? '' : `/${locale}`
  const inputId = `not-found-search-${locale}`
  return (
    <section className={`container ${styles.page}`} lang={locale} aria-labelledby={`${inputId}-title`}>
      <p className={styles.kicker}>{t('kicker')}</p>
      <h1 id={`${inputId}-title`}>{t('title')}</h1>
      <p className={styles.text}>{t('text')}</p>
      <form action={`${prefix}/vehicles`} method="get" role="search" className={styles.search}>
        <label htmlFor={inputId}>{t('searchLabel')}</label>
        <div className={styles.searchRow}>
          <input id={inputId} name="model" type="search" maxLength={60} placeholder={t('searchPlaceholder')} />
          <button type="submit" className="button">
            {t('search')}
          </button>
        </div>
      </form>
      <p className={styles.links}>
        <a href={prefix || '/'} className="button button--brass">
          {t('home')}
        </a>
        <a href={`${prefix}/vehicles`} className="button button--ghost">
          {t('vehicles')}
        </a>
      </p>
    </section>
  )
}

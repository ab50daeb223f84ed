import type { Metadata } from 'next'
import { connection } from 'next/server'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { isLocale } from '@/i18n/routing'
import { AccountNav } from './_components/AccountNav'
import { currentCustomer } from './_lib/customer'
import { signOut } from './actions/signOut'
import styles from './account.module.css'

// Personal pages: rendered for each request, never stored by a shared cache, never indexed.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true },
}

export default async function AccountLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  await connection()
  const [customer, t] = await Promise.all([currentCustomer(), getTranslations({ locale, namespace: 'account.nav' })])

  // The locale for the portal's client components; each form adds the few messages it needs.
  return (
    <NextIntlClientProvider messages={null}>
      <div className={styles.portal}>
        {customer && (
          <div className={styles.portalBar}>
            <div className={`container ${styles.portalBarInner}`}>
              <p className={styles.signedInAs}>
                <span className="visually-hidden">{t('signedInAs')} </span>
                <span aria-hidden="true" className={styles.avatar}>
                  {(customer.firstName?.[0] ?? customer.email[0] ?? '?').toUpperCase()}
                </span>
                <span className={styles.signedInName}>
                  {[customer.firstName, customer.lastName].filter(Boolean).join(' ') || customer.email}
                </span>
              </p>
              <AccountNav
                label={t('label')}
                links={[
                  { href: '/account', label: t('overview'), exact: true },
                  { href: '/account/quotes', label: t('quotes') },
                  { href: '/account/orders', label: t('orders') },
                  { href: '/account/documents', label: t('documents') },
                  { href: '/account/searches', label: t('searches') },
                  { href: '/account/profile', label: t('profile') },
                  { href: '/account/privacy', label: t('privacy') },
                ]}
              />
              <form action={signOut} className={styles.signOut}>
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="button button--ghost button--small">
                  {t('signOut')}
                </button>
              </form>
            </div>
          </div>
        )}
        {children}
      </div>
    </NextIntlClientProvider>
  )
}

import { getTranslations } from 'next-intl/server'
import { Suspense } from 'react'

import { HeaderMenu } from '@/components/HeaderMenu'
import { Link } from '@/components/Link'
import { pageHref, type SlugPair } from '@/domain/pageSlugs'
import type { Locale } from '@/i18n/routing'
import type { SiteSetting } from '@/payload-types'
import { LocaleSwitch } from './LocaleSwitch'
import styles from './SiteHeader.module.css'

export async function SiteHeader({
  settings,
  locale,
  pages,
}: {
  settings: SiteSetting
  locale: Locale
  pages: SlugPair[]
}) {
  const t = await getTranslations({ locale, namespace: 'layout' })
  // The account button always sits at the end of the bar; a menu entry to the same place would repeat it.
  const menu = (settings.navigation ?? []).filter((item) => item.href.replace(/\/$/, '') !== '/account')
  const navigation = menu.length
    ? menu
    : [
        { label: t('vehicles'), href: '/vehicles' },
        { label: t('source'), href: '/quote' },
      ]
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link href="/" className={styles.brand}>
          <span aria-hidden="true" className={styles.mark}>
            A
          </span>
          {settings.siteName || 'Autoport'}
          <span className="visually-hidden">{t('homeSuffix')}</span>
        </Link>
        <HeaderMenu
          label={t('menuButton')}
          panelId="site-menu"
          classNames={{ root: styles.menu, button: styles.menuButton, icon: styles.menuIcon, panel: styles.panel }}
        >
          <nav aria-label={t('menu')} className={styles.nav}>
            <ul>
              {navigation.map((item) => (
                <li key={item.href}>
                  <Link href={pageHref(item.href, locale, pages)}>{item.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className={styles.tools}>
            <Suspense
              fallback={
                <Link href="/" locale={locale === 'fr' ? 'en' : 'fr'} className={styles.switchFallback}>
                  {t('switchTo')}
                </Link>
              }
            >
              <LocaleSwitch locale={locale} label={t('switchTo')} pages={pages} />
            </Suspense>
            <Link href="/account" className={`button button--small ${styles.account}`}>
              {t('account')}
            </Link>
          </div>
        </HeaderMenu>
        {/* Without JavaScript the button cannot open anything: show the links as a second row instead. */}
        <noscript>
          <style>{`@media (max-width: 55.99rem){.${styles.menu}{flex-basis:100%}.${styles.menuButton}{display:none}.${styles.panel}{display:block;position:static;padding:0 0 0.5rem;box-shadow:none;border:0}}`}</style>
        </noscript>
      </div>
    </header>
  )
}

import { getTranslations } from 'next-intl/server'

import { CookieSettingsButton } from '@/components/consent/CookieSettingsButton'
import { countryName } from '@/domain/countries'
import { Link } from '@/components/Link'
import { idOf } from '@/domain/relationId'
import { pageHref } from '@/domain/pageSlugs'
import type { Locale } from '@/i18n/routing'
import type { SiteSetting } from '@/payload-types'
import type { PublishedPageSlugs } from '@/server/pageSlugs'
import styles from './SiteFooter.module.css'

/**
 * The legal pages chosen in Site settings › Legal, in that order, under their title and slug in the
 * visitor's language: a distance seller must show them from every page.
 */
function legalLinks(settings: SiteSetting, locale: Locale, pages: PublishedPageSlugs[]) {
  const legal = settings.legal
  const chosen = [legal?.legalNoticePage, legal?.termsPage, legal?.privacyPage, legal?.cookiePage]
  return chosen.flatMap((relation) => {
    const id = relation ? idOf(relation) : undefined
    const page = id ? pages.find((candidate) => candidate.id === String(id)) : undefined
    return page ? [{ href: `/${page[locale]}`, label: page.title[locale] }] : []
  })
}

export async function SiteFooter({
  settings,
  locale,
  pages,
}: {
  settings: SiteSetting
  locale: Locale
  pages: PublishedPageSlugs[]
}) {
  const [t, consent] = await Promise.all([
    getTranslations({ locale, namespace: 'layout' }),
    getTranslations({ locale, namespace: 'consent' }),
  ])
  const showroom = settings.showroom
  const legal = legalLinks(settings, locale, pages)
  const links = (settings.footerLinks ?? [])
    .map((link) => ({ href: pageHref(link.href, locale, pages), label: link.label }))
    // A legal page also listed among the footer links shows once.
    .filter((link) => !legal.some((item) => item.href === link.href))
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.grid}`}>
        <div>
          <p className={styles.brand}>{settings.siteName || 'Autoport'}</p>
          {settings.footerText && <p className={styles.text}>{settings.footerText}</p>}
        </div>
        {showroom?.address && (
          <address className={styles.address}>
            <strong>{t('showroom')}</strong>
            <br />
            {showroom.name && (
              <>
                {showroom.name}
                <br />
              </>
            )}
            {showroom.address}
            <br />
            {showroom.postcode} {showroom.city}
            {showroom.country && showroom.country !== 'FR' ? `, ${countryName(showroom.country, locale)}` : ''}
            {showroom.phone && (
              <>
                <br />
                <a href={`tel:${showroom.phone.replace(/\s/g, '')}`}>{showroom.phone}</a>
              </>
            )}
            {showroom.email && (
              <>
                <br />
                <a href={`mailto:${showroom.email}`}>{showroom.email}</a>
              </>
            )}
          </address>
        )}
        {links.length || legal.length ? (
          <nav aria-label={t('legal')}>
            <ul className={styles.links}>
              {[...links, ...legal].map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
      <p className={`container ${styles.rights}`}>
        {t('rights', { year: new Date().getFullYear() })}{' '}
        <CookieSettingsButton label={consent('settings')} className={styles.cookieSettings} />{' '}
        <a href="/admin" className={styles.staff}>
          {t('staff')}
        </a>
      </p>
    </footer>
  )
}

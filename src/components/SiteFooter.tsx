import { getTranslations } from 'next-intl/server'

import { CookieSettingsButton } from '@/components/consent/CookieSettingsButton'
import { countryName } from '@/domain/countries'
import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/routing'
import type { SiteSetting } from '@/payload-types'
import styles from './SiteFooter.module.css'

export async function SiteFooter({ settings, locale }: { settings: SiteSetting; locale: Locale }) {
  const [t, consent] = await Promise.all([
    getTranslations({ locale, namespace: 'layout' }),
    getTranslations({ locale, namespace: 'consent' }),
  ])
  const showroom = settings.showroom
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
        {settings.footerLinks?.length ? (
          <nav aria-label={t('legal')}>
            <ul className={styles.links}>
              {settings.footerLinks.map((link) => (
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

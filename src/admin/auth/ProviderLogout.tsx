'use client'

import { LogOutIcon, useConfig, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'

import styles from './ProviderLogout.module.css'

/**
 * The admin's log-out button (in place of Payload's): ends the Payload session, then goes through
 * /api/oidc/logout, which sends a staff member who signed in through a provider on to that provider's
 * logout (RP-initiated logout) and everyone else straight back to the login page.
 */
export function ProviderLogout({ tabIndex = 0 }: { tabIndex?: number }) {
  const { t } = useTranslation()
  const { config } = useConfig()
  const [leaving, setLeaving] = useState(false)
  const login = formatAdminURL({ adminRoute: config.routes.admin, path: config.admin.routes.login })

  async function logOut() {
    if (leaving) return
    setLeaving(true)
    try {
      await fetch(`${config.routes.api}/${config.admin.user}/logout`, { method: 'POST', credentials: 'same-origin' })
    } catch {
      // The session cookie is cleared by the server; a failed call still leaves through the provider.
    }
    window.location.assign(`${config.routes.api}/oidc/logout?next=${encodeURIComponent(login)}`)
  }

  return (
    <button
      type="button"
      aria-label={t('authentication:logOut')}
      title={t('authentication:logOut')}
      className={`nav__log-out ${styles.button}`}
      tabIndex={tabIndex}
      disabled={leaving}
      onClick={logOut}
      data-testid="admin-logout"
    >
      <LogOutIcon />
    </button>
  )
}

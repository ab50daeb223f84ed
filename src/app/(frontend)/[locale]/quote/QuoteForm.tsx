'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { FR_REGIONS } from '@/domain/regions'
import { FUELS, TRANSMISSIONS } from '@/domain/vehicleOptions'
import { submitQuoteRequest } from './actions'
import type { FormState } from './schema'
import styles from './quote.module.css'

type Props = {
  kind: 'stock' | 'sourcing'
  vehicleSlug?: string
  signedInAs?: string
  defaults: { make: string; model: string; region: string }
}

/** The request form: server-validated, with each error next to its field and nothing typed lost. */
export function QuoteForm({ kind, vehicleSlug, signedInAs, defaults }: Props) {
  const t = useTranslations('quote')
  const fuelLabel = useTranslations('fuel')
  const transmissionLabel = useTranslations('transmission')
  const [state, action, pending] = useActionState<FormState, FormData>(submitQuoteRequest, { status: 'idle' })
  const values = { ...defaults, ...state.values } as Record<string, string | undefined>
  const error = (name: string) => state.errors?.[name]

  if (state.status === 'sent') {
    return (
      <div className={`card ${styles.sent}`} role="status">
        <h2>{t('sentTitle')}</h2>
        <p>{t('sentText', { email: state.values?.email ?? '' })}</p>
      </div>
    )
  }

  const field = (name: string, label: string, input: React.ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {input}
      {hint && (
        <span className="hint" id={`${name}-hint`}>
          {hint}
        </span>
      )}
      {error(name) && (
        <span className="error" id={`${name}-error`}>
          {t(`errors.${error(name)}`)}
        </span>
      )}
    </div>
  )
  const a11y = (name: string) => ({
    'aria-invalid': error(name) ? true : undefined,
    'aria-describedby': error(name) ? `${name}-error` : undefined,
  })

  return (
    <form action={action} className={`card ${styles.form}`} noValidate>
      {state.message && (
        <p className="form-error" role="alert">
          {t(`errors.${state.message}`)}
        </p>
      )}
      {state.status === 'error' && !state.message && (
        <p className="form-error" role="alert">
          {t('errors.fixFields')}
        </p>
      )}
      <input type="hidden" name="kind" value={kind} />
      {vehicleSlug && <input type="hidden" name="vehicle" value={vehicleSlug} />}
      {error('vehicle') && <p className="form-error">{t(`errors.${error('vehicle')}`)}</p>}

      {kind === 'sourcing' && (
        <fieldset className={styles.group}>
          <legend>{t('carTitle')}</legend>
          <div className={styles.grid2}>
            {field(
              'make',
              t('make'),
              <input
                id="make"
                name="make"
                maxLength={60}
                required
                defaultValue={values.make}
                autoComplete="off"
                {...a11y('make')}
              />,
            )}
            {field(
              'model',
              t('model'),
              <input
                id="model"
                name="model"
                maxLength={80}
                defaultValue={values.model}
                autoComplete="off"
                {...a11y('model')}
              />,
            )}
            {field(
              'yearFrom',
              t('yearFrom'),
              <input
                id="yearFrom"
                name="yearFrom"
                inputMode="numeric"
                defaultValue={values.yearFrom}
                {...a11y('yearFrom')}
              />,
            )}
            {field(
              'yearTo',
              t('yearTo'),
              <input id="yearTo" name="yearTo" inputMode="numeric" defaultValue={values.yearTo} {...a11y('yearTo')} />,
            )}
            {field(
              'budget',
              t('budget'),
              <input id="budget" name="budget" inputMode="numeric" defaultValue={values.budget} {...a11y('budget')} />,
              t('budgetHint'),
            )}
            {field(
              'maxMileageKm',
              t('maxMileage'),
              <input
                id="maxMileageKm"
                name="maxMileageKm"
                inputMode="numeric"
                defaultValue={values.maxMileageKm}
                {...a11y('maxMileageKm')}
              />,
            )}
            {field(
              'fuel',
              t('fuel'),
              <select id="fuel" name="fuel" defaultValue={values.fuel ?? ''} {...a11y('fuel')}>
                <option value="">{t('any')}</option>
                {FUELS.map(({ value }) => (
                  <option key={value} value={value}>
                    {fuelLabel(value)}
                  </option>
                ))}
              </select>,
            )}
            {field(
              'transmission',
              t('transmission'),
              <select
                id="transmission"
                name="transmission"
                defaultValue={values.transmission ?? ''}
                {...a11y('transmission')}
              >
                <option value="">{t('any')}</option>
                {TRANSMISSIONS.map(({ value }) => (
                  <option key={value} value={value}>
                    {transmissionLabel(value)}
                  </option>
                ))}
              </select>,
            )}
          </div>
          {field(
            'mustHaves',
            t('mustHaves'),
            <textarea
              id="mustHaves"
              name="mustHaves"
              maxLength={2000}
              defaultValue={values.mustHaves}
              {...a11y('mustHaves')}
            />,
            t('mustHavesHint'),
          )}
        </fieldset>
      )}

      <fieldset className={styles.group}>
        <legend>{t('deliveryTitle')}</legend>
        {field(
          'region',
          t('region'),
          <select id="region" name="region" defaultValue={values.region} required {...a11y('region')}>
            {FR_REGIONS.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>,
          t('regionHint'),
        )}
        {field(
          'message',
          t('message'),
          <textarea id="message" name="message" maxLength={2000} defaultValue={values.message} {...a11y('message')} />,
        )}
      </fieldset>

      {signedInAs ? (
        <p className={styles.signedIn}>{t('signedInAs', { email: signedInAs })}</p>
      ) : (
        <fieldset className={styles.group}>
          <legend>{t('contactTitle')}</legend>
          <div className={styles.grid2}>
            {field(
              'firstName',
              t('firstName'),
              <input
                id="firstName"
                name="firstName"
                maxLength={80}
                required
                autoComplete="given-name"
                defaultValue={values.firstName}
                {...a11y('firstName')}
              />,
            )}
            {field(
              'lastName',
              t('lastName'),
              <input
                id="lastName"
                name="lastName"
                maxLength={80}
                required
                autoComplete="family-name"
                defaultValue={values.lastName}
                {...a11y('lastName')}
              />,
            )}
            {field(
              'email',
              t('email'),
              <input
                id="email"
                name="email"
                type="email"
                maxLength={200}
                required
                autoComplete="email"
                defaultValue={values.email}
                {...a11y('email')}
              />,
            )}
            {field(
              'phone',
              t('phone'),
              <input
                id="phone"
                name="phone"
                type="tel"
                maxLength={30}
                autoComplete="tel"
                defaultValue={values.phone}
                {...a11y('phone')}
              />,
            )}
          </div>
          <div className="field">
            <label className="checkbox">
              <input
                type="checkbox"
                name="consentContact"
                required
                defaultChecked={values.consentContact === 'on'}
                {...a11y('consentContact')}
              />
              <span>{t('consentContact')}</span>
            </label>
            {error('consentContact') && (
              <span className="error" id="consentContact-error">
                {t(`errors.${error('consentContact')}`)}
              </span>
            )}
          </div>
          <label className="checkbox">
            <input type="checkbox" name="marketingOptIn" defaultChecked={values.marketingOptIn === 'on'} />
            <span>{t('marketingOptIn')}</span>
          </label>
        </fieldset>
      )}

      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">Website</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>

      <button type="submit" className="button button--brass" disabled={pending}>
        {pending ? t('sending') : t('submit')}
      </button>
    </form>
  )
}

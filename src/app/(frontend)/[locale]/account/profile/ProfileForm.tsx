'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { FormMessage, TextField } from '../_components/Field'
import { SelectField } from '../_components/SelectField'
import { SubmitButton } from '../_components/SubmitButton'
import type { FormState } from '../_lib/formState'
import { updateProfile } from '../actions/updateProfile'
import styles from '../account.module.css'

type Option = { value: string; label: string }
export type ProfileValues = Record<
  | 'firstName'
  | 'lastName'
  | 'phone'
  | 'line1'
  | 'line2'
  | 'postcode'
  | 'city'
  | 'region'
  | 'country'
  | 'language'
  | 'marketingEmail'
  | 'sms',
  string
>

/** Names, contact, address and consents; each consent has its exact wording next to its box. */
export function ProfileForm({
  email,
  initial,
  regions,
  countries,
  consentNotes,
}: {
  email: string
  initial: ProfileValues
  regions: Option[]
  countries: Option[]
  consentNotes: { marketingEmail?: string; sms?: string }
}) {
  const t = useTranslations('account.profile')
  const locale = useLocale()
  const [state, action] = useActionState<FormState, FormData>(updateProfile, { status: 'idle', values: initial })
  const values = { ...initial, ...state.values } as ProfileValues
  const error = (name: keyof ProfileValues) => state.errors?.[name]

  return (
    <form action={action} noValidate className={styles.stack}>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="locale" value={locale} />

      <fieldset className={`card ${styles.fieldset}`}>
        <legend className={styles.legend}>{t('identity')}</legend>
        <div className={styles.fieldRow}>
          <TextField
            name="firstName"
            label={t('firstName')}
            autoComplete="given-name"
            required
            maxLength={80}
            defaultValue={values.firstName}
            error={error('firstName')}
          />
          <TextField
            name="lastName"
            label={t('lastName')}
            autoComplete="family-name"
            required
            maxLength={80}
            defaultValue={values.lastName}
            error={error('lastName')}
          />
        </div>
        <div className={styles.fieldRow}>
          <div className="field">
            <label htmlFor="profile-email">{t('email')}</label>
            <input id="profile-email" type="email" value={email} readOnly aria-describedby="profile-email-hint" />
            <span className="hint" id="profile-email-hint">
              {t('emailHint')}
            </span>
          </div>
          <TextField
            name="phone"
            label={t('phone')}
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            maxLength={30}
            defaultValue={values.phone}
            error={error('phone')}
            hint={t('phoneHint')}
          />
        </div>
      </fieldset>

      <fieldset className={`card ${styles.fieldset}`}>
        <legend className={styles.legend}>{t('address')}</legend>
        <TextField
          name="line1"
          label={t('line1')}
          autoComplete="address-line1"
          maxLength={160}
          defaultValue={values.line1}
          error={error('line1')}
        />
        <TextField
          name="line2"
          label={t('line2')}
          autoComplete="address-line2"
          maxLength={160}
          defaultValue={values.line2}
          error={error('line2')}
        />
        <div className={styles.fieldRow}>
          <TextField
            name="postcode"
            label={t('postcode')}
            autoComplete="postal-code"
            maxLength={20}
            defaultValue={values.postcode}
            error={error('postcode')}
          />
          <TextField
            name="city"
            label={t('city')}
            autoComplete="address-level2"
            maxLength={100}
            defaultValue={values.city}
            error={error('city')}
          />
        </div>
        <div className={styles.fieldRow}>
          <SelectField
            name="country"
            label={t('country')}
            autoComplete="country"
            options={countries}
            defaultValue={values.country}
            error={error('country')}
          />
          <SelectField
            name="region"
            label={t('region')}
            options={regions}
            placeholder={t('regionNone')}
            defaultValue={values.region}
            error={error('region')}
            hint={t('regionHint')}
          />
        </div>
      </fieldset>

      <fieldset className={`card ${styles.fieldset}`}>
        <legend className={styles.legend}>{t('preferences')}</legend>
        <SelectField
          name="language"
          label={t('language')}
          options={[
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' },
          ]}
          defaultValue={values.language}
          error={error('language')}
          hint={t('languageHint')}
        />
        <div className={styles.consents} role="group" aria-labelledby="consents-title">
          <p id="consents-title" className={styles.consentsTitle}>
            {t('consentsTitle')}
          </p>
          {(['marketingEmail', 'sms'] as const).map((name) => (
            <div key={name} className={styles.consent}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  name={name}
                  defaultChecked={values[name] === 'on'}
                  aria-describedby={consentNotes[name] ? `${name}-note` : undefined}
                />
                <span>{t(`consent.${name}`)}</span>
              </label>
              {consentNotes[name] && (
                <span className="hint" id={`${name}-note`}>
                  {consentNotes[name]}
                </span>
              )}
            </div>
          ))}
          <p className="hint">{t('consentWithdraw')}</p>
        </div>
      </fieldset>

      <div className={styles.formActions}>
        <SubmitButton pendingLabel={t('pending')} className="button button--brass">
          {t('submit')}
        </SubmitButton>
      </div>
    </form>
  )
}

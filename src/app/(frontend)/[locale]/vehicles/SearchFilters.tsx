import { getTranslations } from 'next-intl/server'

import { REGION_CODES } from '@/domain/regions'
import { km as formatKm } from '@/components/format'
import { sortByLabel } from '@/domain/collate'
import { facetLabel } from '@/i18n/facetLabel'
import {
  activeFilterCount,
  serializeVehicleSearch,
  SORTS,
  type MultiFacet,
  type VehicleSearch,
} from '@/domain/vehicleSearch'
import type { Locale } from '@/i18n/routing'
import type { FacetCounts } from '../../_data/vehicleSearch'
import { AutoSubmit } from './AutoSubmit'
import styles from './search.module.css'

// Not type="number": browsers refuse "120 000", the way a French budget is written. The server
// (parseWholeEuros) has the last word; this only flags a typo before submitting.
const PRICE_PATTERN = '[0-9\\s.]*€?'
const MILEAGES = [10_000, 30_000, 50_000, 80_000, 120_000, 200_000]
const thisYear = new Date().getFullYear()
const YEARS = Array.from({ length: thisYear - 1969 }, (_, index) => thisYear + 1 - index)

/**
 * The filters are a plain GET form: every filter lives in the URL, works without JavaScript, and
 * the back button steps through searches. AutoSubmit applies a change at once when scripts run.
 */
export async function SearchFilters({
  search,
  facets,
  locale,
}: {
  search: VehicleSearch
  facets: FacetCounts
  locale: Locale
}) {
  const t = await getTranslations({ locale })
  const action = locale === 'fr' ? '/vehicles' : '/en/vehicles'
  const label = (facet: MultiFacet, value: string) => facetLabel(facet, value, locale)
  const active = activeFilterCount(search)

  return (
    <form
      key={serializeVehicleSearch(search)}
      id="search-form"
      method="get"
      action={action}
      className={styles.filtersForm}
      aria-label={t('search.filters')}
    >
      <AutoSubmit formId="search-form" action={action} />
      <div className={styles.sortRow}>
        <label htmlFor="sort">{t('search.sort')}</label>
        <select id="sort" name="sort" defaultValue={search.sort}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`search.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      {/* Where the visitor registers the car: the cards' prices, the sort and the budget follow it. */}
      <div className={styles.sortRow}>
        <label htmlFor="region">{t('search.region')}</label>
        <select id="region" name="region" defaultValue={search.region}>
          {REGION_CODES.map((region) => (
            <option key={region} value={region}>
              {t(`regions.${region}`)}
            </option>
          ))}
        </select>
      </div>
      <details className={styles.filters}>
        <summary className={styles.filtersSummary}>
          {t('search.filters')}
          {active > 0 ? ` (${active})` : ''}
        </summary>
        <div className={styles.filtersBody}>
          <div className="field">
            <label htmlFor="model">{t('search.model')}</label>
            <input
              id="model"
              name="model"
              type="search"
              maxLength={60}
              defaultValue={search.model ?? ''}
              placeholder={t('search.modelPlaceholder')}
            />
          </div>
          {(['make', 'body', 'fuel', 'transmission', 'origin'] as const).map((facet) =>
            facets[facet].length || search[facet].length ? (
              <fieldset key={facet} className={styles.facet}>
                <legend>{t(`search.${facet}`)}</legend>
                <ul>
                  {sortByLabel(
                    mergeSelected(facets[facet], search[facet]),
                    ({ value }) => label(facet, value),
                    locale,
                  ).map(({ value, count }) => (
                    <li key={value}>
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          name={facet}
                          value={value}
                          defaultChecked={search[facet].includes(value)}
                        />
                        <span>
                          {label(facet, value)} <span className={styles.facetCount}>({count})</span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ) : null,
          )}
          <fieldset className={styles.facet}>
            <legend>{t('search.year')}</legend>
            <div className={styles.range}>
              <div className="field">
                <label htmlFor="yearMin">{t('search.yearMin')}</label>
                <select id="yearMin" name="yearMin" defaultValue={search.yearMin ?? ''}>
                  <option value="">—</option>
                  {YEARS.map((year) => (
                    <option key={year} value={year}>
                      {year}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="yearMax">{t('search.yearMax')}</label>
                <select id="yearMax" name="yearMax" defaultValue={search.yearMax ?? ''}>
                  <option value="">—</option>
                  {YEARS.map((year) => (
                    <option key={year} value={year}>
                      {year}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </fieldset>
          <fieldset className={styles.facet}>
            <legend>{t('search.price')}</legend>
            <div className={styles.range}>
              <div className="field">
                <label htmlFor="priceMin">{t('search.priceMin')}</label>
                <input
                  id="priceMin"
                  name="priceMin"
                  type="text"
                  inputMode="numeric"
                  pattern={PRICE_PATTERN}
                  maxLength={16}
                  aria-describedby="price-hint"
                  defaultValue={search.priceMin ?? ''}
                />
              </div>
              <div className="field">
                <label htmlFor="priceMax">{t('search.priceMax')}</label>
                <input
                  id="priceMax"
                  name="priceMax"
                  type="text"
                  inputMode="numeric"
                  pattern={PRICE_PATTERN}
                  maxLength={16}
                  aria-describedby="price-hint"
                  defaultValue={search.priceMax ?? ''}
                />
              </div>
            </div>
            <p id="price-hint" className="muted">
              {t('search.priceHint')}
            </p>
          </fieldset>
          <fieldset className={styles.facet}>
            <legend>{t('search.landed')}</legend>
            <div className="field">
              <label htmlFor="landedMax">{t('search.landedMax')}</label>
              <input
                id="landedMax"
                name="landedMax"
                type="text"
                inputMode="numeric"
                pattern={PRICE_PATTERN}
                maxLength={16}
                aria-describedby="landed-hint"
                defaultValue={search.landedMax ?? ''}
              />
            </div>
            <p id="landed-hint" className="muted">
              {t('search.landedHint', { region: t(`regions.${search.region}`) })}
            </p>
          </fieldset>
          <div className="field">
            <label htmlFor="mileageMax">{t('search.mileageMax')}</label>
            <select id="mileageMax" name="mileageMax" defaultValue={search.mileageMax ?? ''}>
              <option value="">—</option>
              {MILEAGES.map((km) => (
                <option key={km} value={km}>
                  {formatKm(km, locale)}
                </option>
              ))}
            </select>
          </div>
          <label className="checkbox">
            <input type="checkbox" name="noRti" value="1" defaultChecked={search.noRti} />
            <span>
              {t('search.noRti')}
              <br />
              <span className="muted">{t('search.noRtiHint')}</span>
            </span>
          </label>
          <div className={styles.filterActions}>
            <button type="submit" className="button">
              {t('search.apply')}
            </button>
            {active > 0 && (
              <a href={action} className={styles.reset}>
                {t('search.reset')}
              </a>
            )}
          </div>
        </div>
      </details>
    </form>
  )
}

/** A selected value stays listed (count 0) even when the other filters leave no car with it. */
function mergeSelected(counts: { value: string; count: number }[], selected: string[]) {
  const missing = selected
    .filter((value) => !counts.some((count) => count.value === value))
    .map((value) => ({ value, count: 0 }))
  return [...counts, ...missing]
}

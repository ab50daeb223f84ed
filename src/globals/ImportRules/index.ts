import type { GlobalConfig } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isSales, isStaff } from '@/access/roles'
import { ageReductionFields } from './fields/ageReduction'
import { co2Fields } from './fields/co2'
import { customsFields } from './fields/customs'
import { exchangeRatesFields } from './fields/exchangeRates'
import { fixedTaxesFields } from './fields/fixedTaxes'
import { regionalTaxFields } from './fields/regionalTax'
import { settingsFields } from './fields/settings'
import { sourcesFields } from './fields/sources'
import { weightMalusFields } from './fields/weightMalus'
import { revalidateGlobal } from '@/hooks/revalidate'
import { queueAllLandedPrices } from '@/landedPrices/hooks'
import { refreshEuroPrices } from './hooks/refreshEuroPrices'
import { refuseInconsistentRules } from './hooks/refuseInconsistentRules'

/**
 * Every French import tax figure, dated and sourced (the domain's `ImportRules`; see ./mapping for the
 * stored shape). Public law, so anyone may read it: the storefront prices cars from it.
 */
export const ImportRules: GlobalConfig = {
  slug: 'import-rules',
  label: 'Import rules',
  admin: {
    group: 'Settings',
    description: 'French import taxes used to price every quote. Each row applies from its first to its last day.',
  },
  access: {
    read: () => true,
    readVersions: isStaff,
    update: or(isAdmin, isSales),
  },
  versions: { max: 50 },
  hooks: {
    beforeChange: [refuseInconsistentRules],
    afterChange: [refreshEuroPrices, queueAllLandedPrices('import-rules'), revalidateGlobal('import-rules')],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        { label: 'Settings', fields: settingsFields },
        { label: 'CO2 malus', fields: co2Fields },
        { label: 'Age reduction', fields: ageReductionFields },
        { name: 'weightMalus', label: 'Weight malus', fields: weightMalusFields },
        { name: 'regionalTax', label: 'Regional tax', fields: regionalTaxFields },
        { label: 'Customs & VAT', fields: customsFields },
        { label: 'Exchange rates', fields: exchangeRatesFields },
        { label: 'Fixed taxes', fields: fixedTaxesFields },
        { label: 'Sources', fields: sourcesFields },
      ],
    },
  ],
}

import { describe, expect, it } from 'vitest'

import type { LandedCostLine } from '@/domain/landedCost'
import {
  baseFlagError,
  flagsForOther,
  lineFlagError,
  otherServiceCosts,
  serviceSlug,
  staffFlagsOf,
} from '@/domain/quoteServiceFlags'

const engine = (code: string, flags: Partial<LandedCostLine>, labels = { label: code, labelFr: code }) =>
  ({ code, ...labels, amount: 1, rule: '', ruleFr: '', sourceIds: [], ...flags }) as LandedCostLine

const lastCalculation = [
  engine('transport', { vatIncluded: false, inCustomsValue: true, inImportVatBase: true }),
  engine('port_handling', { vatIncluded: false, inCustomsValue: false, inImportVatBase: true }),
  engine('broker', { vatIncluded: true, inCustomsValue: false, inImportVatBase: false }),
  engine(
    'other:road_transport_after_the_port',
    { vatIncluded: true, inCustomsValue: false, inImportVatBase: false },
    { label: 'Road transport after the port', labelFr: 'Transport routier après le port' },
  ),
  engine('import_vat', {}),
]

describe('staff flags on quote lines', () => {
  it('keeps only the flags that differ from what the engine filled the line with', () => {
    const lines = [
      { code: 'transport', vatIncluded: false, inCustomsValue: true, inImportVatBase: true },
      { code: 'port_handling', vatIncluded: true, inCustomsValue: false, inImportVatBase: true },
      { code: 'broker', vatIncluded: true, inCustomsValue: false, inImportVatBase: true },
      // The customer reads French: the line's label is the French one.
      { code: 'other', label: 'Transport routier après le port', vatIncluded: false, inImportVatBase: true },
      { code: 'import_vat', vatIncluded: true },
    ]
    expect(staffFlagsOf(lines, { lines: lastCalculation })).toEqual({
      port_handling: { vatIncluded: true },
      broker: { inImportVatBase: true },
      'other:transport routier après le port': { vatIncluded: false, inImportVatBase: true },
    })
  })

  it('keeps the flags of earlier pricings, which the engine then echoed', () => {
    const earlier = { port_handling: { vatIncluded: true } }
    const echoed = [engine('port_handling', { vatIncluded: true, inImportVatBase: true })]
    expect(
      staffFlagsOf([{ code: 'port_handling', vatIncluded: true, inImportVatBase: true }], {
        lines: echoed,
        staffFlags: earlier,
      }),
    ).toEqual({ port_handling: { vatIncluded: true } })
  })

  it('has nothing to compare on a quote never priced, or priced before the flags existed', () => {
    expect(staffFlagsOf([{ code: 'transport', vatIncluded: true }], null)).toEqual({})
    expect(
      staffFlagsOf([{ code: 'transport', vatIncluded: false, inCustomsValue: null }], { lines: lastCalculation }),
    ).toEqual({})
  })

  it('matches an other service by its label in either language', () => {
    const flags = { 'other:ffve attestation': { vatIncluded: false } }
    expect(flagsForOther(flags, { label: 'FFVE attestation', labelFr: 'Attestation FFVE' })).toEqual({
      vatIncluded: false,
    })
    expect(flagsForOther(flags, { label: 'Storage', labelFr: 'Gardiennage' })).toEqual({})
  })
})

describe('validation of the flags', () => {
  it('refuses the base flags on a price or a tax, not on a service', () => {
    expect(lineFlagError('import_vat', true)).toMatch(/^Only service lines/)
    expect(lineFlagError('vehicle', true)).toMatch(/^Only service lines/)
    expect(lineFlagError('import_vat', false)).toBeNull()
    expect(lineFlagError('port_handling', true)).toBeNull()
    expect(lineFlagError('other', true)).toBeNull()
  })

  it('refuses a cost in the customs value left out of the VAT base', () => {
    expect(baseFlagError({ inCustomsValue: true, inImportVatBase: false })).toMatch(/in the import VAT base too/)
    expect(baseFlagError({ inCustomsValue: true, inImportVatBase: true })).toBeNull()
    expect(baseFlagError({ inCustomsValue: false, inImportVatBase: true })).toBeNull()
  })
})

describe('services staff add by hand', () => {
  it('become engine services with a code from the English label, unique within the quote', () => {
    expect(serviceSlug('Road transport après le port!')).toBe('road_transport_apres_le_port')
    expect(
      otherServiceCosts([
        { label: 'Storage', labelFr: 'Gardiennage', amount: 12_000, vatIncluded: true, inImportVatBase: false },
        { label: 'Storage', labelFr: 'Gardiennage (2e)', amount: 3_000, inImportVatBase: true },
        { label: '', labelFr: 'Attestation FFVE', amount: 19_000 },
        { label: 'No amount', labelFr: 'Sans montant', amount: null },
      ]),
    ).toEqual([
      {
        code: 'storage',
        label: 'Storage',
        labelFr: 'Gardiennage',
        amount: 12_000,
        vatIncluded: true,
        inImportVatBase: false,
      },
      { code: 'storage_2', label: 'Storage', labelFr: 'Gardiennage (2e)', amount: 3_000, inImportVatBase: true },
      { code: 'attestation_ffve', label: 'Attestation FFVE', labelFr: 'Attestation FFVE', amount: 19_000 },
    ])
  })
})

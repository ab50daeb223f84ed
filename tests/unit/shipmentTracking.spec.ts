import { describe, expect, it } from 'vitest'

import {
  checkContainerNumber,
  containerCheckDigit,
  containerNumberError,
  normaliseContainerNumber,
} from '@/domain/containerNumber'
import { isValidImoNumber } from '@/domain/imoNumber'
import { recogniseCarrier, shipmentTracking } from '@/domain/shipmentTracking'

/** A valid number for an owner and serial, so the tests do not depend on hand-computed digits. */
const valid = (owner: string, serial: string) => `${owner}${serial}${containerCheckDigit(`${owner}${serial}`)}`

describe('container numbers (ISO 6346)', () => {
  it('computes the check digit of the standard example CSQU305438 → 3', () => {
    expect(containerCheckDigit('CSQU305438')).toBe(3)
    expect(checkContainerNumber('CSQU3054383')).toEqual({ ok: true, number: 'CSQU3054383', owner: 'CSQU' })
  })

  it('writes a remainder of 10 as 0', () => {
    // Sum mod 11 = 10 for this serial: find one rather than trust a hand computation.
    const serial = Array.from({ length: 1000 }, (_, i) => String(i).padStart(6, '0')).find((candidate) => {
      const code = `MSCU${candidate}`
      const sum = [...code].reduce(
        (total, char, i) => total + (/\d/.test(char) ? Number(char) : { M: 24, S: 30, C: 13, U: 32 }[char]!) * 2 ** i,
        0,
      )
      return sum % 11 === 10
    })!
    expect(containerCheckDigit(`MSCU${serial}`)).toBe(0)
  })

  it('accepts what people type: lower case, spaces, dashes', () => {
    expect(normaliseContainerNumber(' cSqu 305438-3 ')).toBe('CSQU3054383')
    expect(checkContainerNumber('csqu 305438-3').ok).toBe(true)
  })

  it('refuses a wrong check digit and says which digit was expected', () => {
    expect(checkContainerNumber('CSQU3054384')).toEqual({ ok: false, reason: 'checkDigit', expected: 3 })
    expect(containerNumberError('CSQU3054384')).toMatch(/check digit.*should end in 3/)
  })

  it('refuses what is not shaped like a container number', () => {
    for (const bad of ['CSQ3054383', 'CSQA3054383', 'CSQU305438', 'CSQU30543833', '1SQU3054383', ''])
      expect(checkContainerNumber(bad), bad).toEqual({ ok: false, reason: 'shape' })
    expect(containerNumberError('ABC')).toMatch(/4 letters/)
    expect(containerNumberError('CSQU3054383')).toBeNull()
  })
})

describe('IMO numbers', () => {
  it('checks the seventh digit', () => {
    expect(isValidImoNumber('9839430')).toBe(true) // MSC Gülsün
    expect(isValidImoNumber('IMO 9454436')).toBe(true) // CMA CGM Marco Polo
    expect(isValidImoNumber('9839431')).toBe(false)
    expect(isValidImoNumber('983943')).toBe(false)
  })
})

describe('shipment tracking links', () => {
  const msc = valid('MSCU', '123456')
  const cma = valid('CMAU', '765432')
  const maersk = valid('MSKU', '111222')

  it('recognises carriers by how staff write them, or by the container owner code', () => {
    expect(recogniseCarrier('CMA CGM')).toBe('cma-cgm')
    expect(recogniseCarrier('cma-cgm')).toBe('cma-cgm')
    expect(recogniseCarrier('MSC Mediterranean Shipping Company')).toBe('msc')
    expect(recogniseCarrier('Ocean Network Express (ONE)')).toBe('one')
    expect(recogniseCarrier('Höegh Autoliners')).toBe('hoegh')
    expect(recogniseCarrier('Wallenius Wilhelmsen')).toBe('wallenius-wilhelmsen')
    expect(recogniseCarrier('K Line')).toBe('k-line')
    expect(recogniseCarrier('NYK Line')).toBe('nyk')
    expect(recogniseCarrier('Grimaldi Lines')).toBe('grimaldi')
    expect(recogniseCarrier('Hapag-Lloyd')).toBe('hapag-lloyd')
    expect(recogniseCarrier('Evergreen Marine')).toBe('evergreen')
    expect(recogniseCarrier('COSCO Shipping Lines')).toBe('cosco')
    expect(recogniseCarrier('Transitaire Dupont', msc)).toBe('msc')
    expect(recogniseCarrier('CAT Group (porte-voitures)')).toBeNull()
    // "one" inside another word is not ONE.
    expect(recogniseCarrier('Someone Logistics')).toBeNull()
  })

  it('links to the container itself at the carriers that publish a container link', () => {
    expect(shipmentTracking({ carrier: 'CMA CGM', containerNumber: cma }).shipment).toEqual({
      url: `https://www.cma-cgm.com/ebusiness/tracking/search?SearchBy=Container&Reference=${cma}`,
      by: 'container',
      reference: cma,
    })
    expect(shipmentTracking({ carrier: 'MSC', containerNumber: msc }).shipment?.url).toBe(
      `https://www.msc.com/en/track-a-shipment?agencyPath=msc&trackingNumber=${msc}`,
    )
    expect(shipmentTracking({ carrier: 'Maersk', containerNumber: maersk }).shipment?.url).toBe(
      `https://www.maersk.com/tracking/${maersk}`,
    )
    expect(
      shipmentTracking({ carrier: 'Hapag-Lloyd', containerNumber: valid('HLXU', '123123') }).shipment?.url,
    ).toMatch(/^https:\/\/www\.hapag-lloyd\.com\/.*track-by-container-solution\.html\?container=HLXU123123\d$/)
    expect(shipmentTracking({ carrier: 'COSCO', containerNumber: valid('CSNU', '000111') }).shipment?.url).toMatch(
      /trackingType=CONTAINER&number=CSNU000111\d$/,
    )
  })

  it('uses the normalised container number, and prefers it to the B/L, the booking and a typed link', () => {
    const typed = `${msc.slice(0, 4).toLowerCase()} ${msc.slice(4)}`
    const result = shipmentTracking({
      carrier: 'MSC',
      containerNumber: typed,
      billOfLading: 'MEDUJ1234567',
      bookingReference: 'MSC1234567',
      trackingUrl: 'https://www.msc.com/en/track-a-shipment',
    })
    expect(result.shipment).toMatchObject({ by: 'container', reference: msc })
  })

  it('falls back on the bill of lading, then the booking, when the container is missing or mistyped', () => {
    const wrongDigit = `${cma.slice(0, 10)}${(Number(cma[10]) + 1) % 10}`
    expect(
      shipmentTracking({ carrier: 'CMA CGM', containerNumber: wrongDigit, billOfLading: 'lha 0123456' }).shipment,
    ).toEqual({
      url: 'https://www.cma-cgm.com/ebusiness/tracking/search?SearchBy=BL&Reference=LHA0123456',
      by: 'billOfLading',
      reference: 'LHA0123456',
    })
    expect(shipmentTracking({ carrier: 'CMA CGM', bookingReference: 'CMA1234567' }).shipment?.url).toBe(
      'https://www.cma-cgm.com/ebusiness/tracking/search?SearchBy=Booking&Reference=CMA1234567',
    )
  })

  it('finds the carrier from the container when the carrier field says something else', () => {
    expect(shipmentTracking({ carrier: 'Our forwarder', containerNumber: maersk }).shipment?.url).toBe(
      `https://www.maersk.com/tracking/${maersk}`,
    )
  })

  it('for a car carrier, follows the ship on a public AIS page by its IMO number', () => {
    const result = shipmentTracking({ carrier: 'Höegh Autoliners', vessel: 'Höegh Target', vesselImo: 'IMO 9839430' })
    expect(result.shipment).toEqual({
      url: 'https://www.marinetraffic.com/en/ais/details/ships/imo:9839430',
      by: 'vessel',
      reference: '9839430',
    })
    expect(result.vessel).toEqual(result.shipment)
  })

  it('gives the ship as well as the container when both are known', () => {
    const result = shipmentTracking({ carrier: 'CMA CGM', containerNumber: cma, vesselImo: '9454436' })
    expect(result.shipment?.by).toBe('container')
    expect(result.vessel?.url).toBe('https://www.marinetraffic.com/en/ais/details/ships/imo:9454436')
  })

  it('ignores an IMO number whose check digit is wrong', () => {
    expect(shipmentTracking({ carrier: 'Grimaldi', vesselImo: '9839431' })).toEqual({
      carrier: 'grimaldi',
      shipment: { url: 'https://www.grimaldi.napoli.it/en/', by: 'carrier' },
      vessel: null,
    })
  })

  it('keeps a link staff typed when the carrier has no deep link, but never a non-https one', () => {
    const typed = 'https://tracking.example-forwarder.fr/shipments/42'
    expect(shipmentTracking({ carrier: 'CAT Group (porte-voitures)', trackingUrl: typed }).shipment).toEqual({
      url: typed,
      by: 'link',
    })
    expect(shipmentTracking({ carrier: 'CAT Group', trackingUrl: 'http://tracking.example.fr/1' }).shipment).toBeNull()
    expect(shipmentTracking({ carrier: 'ONE', containerNumber: valid('ONEU', '222333') }).shipment).toEqual({
      url: 'https://ecomm.one-line.com/one-ecom/manage-shipment/cargo-tracking',
      by: 'carrier',
    })
  })

  it('has nothing to track before anything is booked', () => {
    expect(shipmentTracking({})).toEqual({ carrier: null, shipment: null, vessel: null })
  })
})

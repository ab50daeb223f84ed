/**
 * Where "Track the shipment" points: the carrier's own page for this container, bill of lading or
 * booking when the carrier publishes a link for it, else the link staff typed, else the ship itself on
 * a public AIS site (by IMO number), else the carrier's tracking page. Car carriers (ro-ro) track by
 * B/L or VIN behind a login, so for them the ship's position is the most useful public link.
 *
 * Deep links are only built for the patterns the carriers publish; where we are not sure of one the
 * carrier's tracking page is used rather than a guess that could open an error page.
 */
import { checkContainerNumber } from './containerNumber'
import { isValidImoNumber, normaliseImoNumber } from './imoNumber'

export type CarrierId =
  | 'cma-cgm'
  | 'msc'
  | 'maersk'
  | 'hapag-lloyd'
  | 'one'
  | 'evergreen'
  | 'cosco'
  | 'zim'
  | 'wallenius-wilhelmsen'
  | 'hoegh'
  | 'k-line'
  | 'nyk'
  | 'grimaldi'

type Reference = 'container' | 'billOfLading' | 'booking'
type Carrier = {
  name: string
  /** How staff write the carrier's name ("CMA CGM", "Ocean Network Express (ONE)", "Höegh Autoliners"…). */
  matches: RegExp
  /** BIC owner codes of the carrier's own containers, for when the carrier field is empty or unknown. */
  owners?: string[]
  page: string
  links?: Partial<Record<Reference, (reference: string) => string>>
}

const q = encodeURIComponent

const CARRIERS: Record<CarrierId, Carrier> = {
  'cma-cgm': {
    name: 'CMA CGM',
    matches: /cma[\s-]*cgm/,
    owners: ['CMAU', 'CGMU'],
    page: 'https://www.cma-cgm.com/ebusiness/tracking',
    links: {
      container: (n) => `https://www.cma-cgm.com/ebusiness/tracking/search?SearchBy=Container&Reference=${q(n)}`,
      billOfLading: (n) => `https://www.cma-cgm.com/ebusiness/tracking/search?SearchBy=BL&Reference=${q(n)}`,
      booking: (n) => `https://www.cma-cgm.com/ebusiness/tracking/search?SearchBy=Booking&Reference=${q(n)}`,
    },
  },
  msc: {
    name: 'MSC',
    matches: /\bmsc\b|mediterranean shipping/,
    owners: ['MSCU', 'MEDU', 'MSDU', 'MSMU'],
    page: 'https://www.msc.com/en/track-a-shipment',
    // One search box for container, B/L and booking numbers.
    links: Object.fromEntries(
      (['container', 'billOfLading', 'booking'] as const).map((kind) => [
        kind,
        (n: string) => `https://www.msc.com/en/track-a-shipment?agencyPath=msc&trackingNumber=${q(n)}`,
      ]),
    ),
  },
  maersk: {
    name: 'Maersk',
    matches: /maersk|sealand/,
    owners: ['MAEU', 'MSKU', 'MRKU', 'MRSU', 'SEAU'],
    page: 'https://www.maersk.com/tracking/',
    links: Object.fromEntries(
      (['container', 'billOfLading', 'booking'] as const).map((kind) => [
        kind,
        (n: string) => `https://www.maersk.com/tracking/${q(n)}`,
      ]),
    ),
  },
  'hapag-lloyd': {
    name: 'Hapag-Lloyd',
    matches: /hapag/,
    owners: ['HLCU', 'HLXU', 'HLBU', 'UACU'],
    page: 'https://www.hapag-lloyd.com/en/online-business/track/track-by-container-solution.html',
    links: {
      container: (n) =>
        `https://www.hapag-lloyd.com/en/online-business/track/track-by-container-solution.html?container=${q(n)}`,
      billOfLading: (n) =>
        `https://www.hapag-lloyd.com/en/online-business/track/track-by-booking-solution.html?blno=${q(n)}`,
      booking: (n) =>
        `https://www.hapag-lloyd.com/en/online-business/track/track-by-booking-solution.html?blno=${q(n)}`,
    },
  },
  one: {
    name: 'Ocean Network Express (ONE)',
    matches: /ocean network express|\(one\)|^one\b/,
    owners: ['ONEU'],
    page: 'https://ecomm.one-line.com/one-ecom/manage-shipment/cargo-tracking',
  },
  evergreen: {
    name: 'Evergreen',
    matches: /evergreen/,
    owners: ['EGHU', 'EISU', 'EMCU', 'EGSU'],
    page: 'https://ct.shipmentlink.com/servlet/TDB1_CargoTracking.do',
  },
  cosco: {
    name: 'COSCO Shipping',
    matches: /cosco/,
    owners: ['CSNU', 'CBHU', 'CCLU'],
    page: 'https://elines.coscoshipping.com/ebusiness/cargoTracking',
    links: {
      container: (n) =>
        `https://elines.coscoshipping.com/ebusiness/cargoTracking?trackingType=CONTAINER&number=${q(n)}`,
      billOfLading: (n) =>
        `https://elines.coscoshipping.com/ebusiness/cargoTracking?trackingType=BILLOFLADING&number=${q(n)}`,
      booking: (n) => `https://elines.coscoshipping.com/ebusiness/cargoTracking?trackingType=BOOKING&number=${q(n)}`,
    },
  },
  zim: {
    name: 'ZIM',
    matches: /\bzim\b/,
    owners: ['ZIMU', 'ZCSU'],
    page: 'https://www.zim.com/tools/track-a-shipment',
    links: Object.fromEntries(
      (['container', 'billOfLading', 'booking'] as const).map((kind) => [
        kind,
        (n: string) => `https://www.zim.com/tools/track-a-shipment?consnumber=${q(n)}`,
      ]),
    ),
  },
  // Car carriers (ro-ro): cargo tracking sits behind their customer portals; the ship is what we can show.
  'wallenius-wilhelmsen': {
    name: 'Wallenius Wilhelmsen',
    matches: /wallenius|wilhelmsen/,
    page: 'https://www.walleniuswilhelmsen.com/',
  },
  hoegh: { name: 'Höegh Autoliners', matches: /h(o|oe)egh/, page: 'https://www.hoegh.com/' },
  'k-line': { name: 'K Line', matches: /\bk[\s-]?line\b|kawasaki kisen/, page: 'https://www.kline.co.jp/en/' },
  nyk: { name: 'NYK Line', matches: /\bnyk\b|nippon yusen/, page: 'https://www.nyk.com/english/' },
  grimaldi: { name: 'Grimaldi', matches: /grimaldi/, page: 'https://www.grimaldi.napoli.it/en/' },
}

function plain(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
}

/** The carrier an order names, or whose container it is; null for trucks and lines we do not know. */
export function recogniseCarrier(carrier?: string | null, containerNumber?: string | null): CarrierId | null {
  const name = plain(carrier ?? '')
  if (name) {
    const byName = (Object.keys(CARRIERS) as CarrierId[]).find((id) => CARRIERS[id].matches.test(name))
    if (byName) return byName
  }
  const container = containerNumber ? checkContainerNumber(containerNumber) : null
  if (container?.ok) {
    const byOwner = (Object.keys(CARRIERS) as CarrierId[]).find((id) => CARRIERS[id].owners?.includes(container.owner))
    if (byOwner) return byOwner
  }
  return null
}

export type ShipmentIdentifiers = {
  carrier?: string | null
  containerNumber?: string | null
  billOfLading?: string | null
  bookingReference?: string | null
  vessel?: string | null
  vesselImo?: string | null
  /** A link staff typed on the order; only https links are used. */
  trackingUrl?: string | null
}

export type TrackingLink = {
  url: string
  /** What the link looks up: the portal words it ("Track container MSCU…", "Follow the ship"…). */
  by: Reference | 'link' | 'vessel' | 'carrier'
  reference?: string
}

export type ShipmentTracking = {
  carrier: CarrierId | null
  /** The best link for the shipment, or null when there is nothing to track yet. */
  shipment: TrackingLink | null
  /** The ship on a public AIS site, when its IMO number is known. */
  vessel: TrackingLink | null
}

/** The public AIS page of a ship, by its IMO number (which, unlike its name, never changes). */
export function vesselPage(imo: string): string {
  return `https://www.marinetraffic.com/en/ais/details/ships/imo:${normaliseImoNumber(imo)}`
}

/** A reference as carriers' search boxes want it: upper case, no spaces. */
function reference(value?: string | null): string | null {
  const cleaned = value?.toUpperCase().replace(/\s+/g, '') ?? ''
  return /^[A-Z0-9-]{4,40}$/.test(cleaned) ? cleaned : null
}

export function shipmentTracking(order: ShipmentIdentifiers): ShipmentTracking {
  const carrierId = recogniseCarrier(order.carrier, order.containerNumber)
  const carrier = carrierId ? CARRIERS[carrierId] : null
  const container = order.containerNumber ? checkContainerNumber(order.containerNumber) : null
  const vessel: TrackingLink | null =
    order.vesselImo && isValidImoNumber(order.vesselImo)
      ? { url: vesselPage(order.vesselImo), by: 'vessel', reference: normaliseImoNumber(order.vesselImo) }
      : null

  const candidates: [Reference, string | null][] = [
    ['container', container?.ok ? container.number : null],
    ['billOfLading', reference(order.billOfLading)],
    ['booking', reference(order.bookingReference)],
  ]
  for (const [kind, value] of candidates) {
    const link = value ? carrier?.links?.[kind] : undefined
    if (link && value) return { carrier: carrierId, shipment: { url: link(value), by: kind, reference: value }, vessel }
  }
  const typed = order.trackingUrl?.trim()
  if (typed?.startsWith('https://')) return { carrier: carrierId, shipment: { url: typed, by: 'link' }, vessel }
  if (vessel) return { carrier: carrierId, shipment: vessel, vessel }
  if (carrier) return { carrier: carrierId, shipment: { url: carrier.page, by: 'carrier' }, vessel }
  return { carrier: carrierId, shipment: null, vessel }
}

export function carrierName(id: CarrierId): string {
  return CARRIERS[id].name
}

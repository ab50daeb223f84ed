import type { Vehicle } from '@/payload-types'

type Fuel = Vehicle['fuel']
type Body = Vehicle['body']
type Transmission = Vehicle['transmission']
type EuroNorm = NonNullable<Vehicle['euroNorm']>

export type Variant = {
  trim: string
  fuel: Fuel
  transmission: Transmission
  kw: number
  /** WLTP g/km; the NEDC value of older cars is derived from it. Null for cars never measured. */
  co2: number | null
  massKg: number
  /** Fiscal horsepower when the formula (CO2/45 + (kW/40)^1.6) does not apply: EVs, hybrids, old cars. */
  cv?: number
  electricRangeKm?: number
  body?: Body
  doors?: number
  seats?: number
  euro?: EuroNorm
  /** Price new in euros (or the market value range of a collector car). */
  priceNew: number
  years?: [number, number]
}

export type CatalogModel = {
  make: string
  model: string
  body: Body
  doors: number
  seats: number
  years: [number, number]
  /** How many of the demo vehicles are this model. */
  count: number
  /** Seller places (keys of SELLER_PLACES) with weights. */
  origins: [string, number][]
  /** World manufacturer identifiers the VINs start with, with the model's VDS code. */
  wmi: string[]
  vds: string
  variants: Variant[]
  options: string[]
  pitch: { fr: string; en: string }
  /** Collector car: priced from its market value, never depreciated. */
  collector?: { value: [number, number]; mileage: [number, number] }
  /** Sold new from the factory country (0 km, never registered). */
  newOnly?: boolean
}

export const CATALOG: CatalogModel[] = [
  // Germany
  {
    make: 'BMW', model: 'Série 3', body: 'sedan', doors: 4, seats: 5, years: [2019, 2026], count: 12,
    origins: [['munich', 5], ['stuttgart', 1], ['berlin', 2], ['antwerp', 1], ['luxembourg', 1], ['vienna', 1]],
    wmi: ['WBA'], vds: '5V', options: ['Pack M Sport', 'Live Cockpit Professional', 'Sièges sport chauffants', 'Système audio Harman Kardon', 'Affichage tête haute'],
    pitch: { fr: 'La berline propulsion de référence : précise, sobre et très bien équipée.', en: 'The benchmark rear-wheel-drive saloon: precise, frugal and well equipped.' },
    variants: [
      { trim: '320d M Sport', fuel: 'diesel', transmission: 'automatic', kw: 140, co2: 128, massKg: 1575, priceNew: 52_000, euro: 'euro6d' },
      { trim: '330e M Sport', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 215, co2: 38, massKg: 1815, cv: 8, electricRangeKm: 59, priceNew: 56_000, euro: 'euro6d' },
      { trim: 'M340i xDrive', fuel: 'petrol', transmission: 'automatic', kw: 275, co2: 199, massKg: 1745, priceNew: 72_000, euro: 'euro6d' },
      { trim: '320d Touring', fuel: 'diesel', transmission: 'automatic', kw: 140, co2: 133, massKg: 1650, body: 'estate', priceNew: 54_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'BMW', model: 'X5', body: 'suv', doors: 5, seats: 5, years: [2019, 2026], count: 8,
    origins: [['munich', 4], ['hamburg', 1], ['dusseldorf', 1], ['rotterdam', 1]],
    wmi: ['WBA'], vds: 'CR', options: ['Suspension pneumatique', 'Toit ouvrant panoramique Sky Lounge', 'Attelage électrique', 'Sièges ventilés', 'Caméras 360°', 'Système audio Bowers & Wilkins'],
    pitch: { fr: 'Un grand SUV polyvalent, confortable sur autoroute et capable de tracter 3,5 t.', en: 'A large all-rounder SUV, relaxed on the motorway and rated to tow 3.5 t.' },
    variants: [
      { trim: 'xDrive30d M Sport', fuel: 'diesel', transmission: 'automatic', kw: 219, co2: 196, massKg: 2185, priceNew: 96_000, euro: 'euro6d' },
      { trim: 'xDrive50e M Sport', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 360, co2: 20, massKg: 2510, cv: 15, electricRangeKm: 100, priceNew: 105_000, euro: 'euro6d', years: [2023, 2026] },
      { trim: 'xDrive45e', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 290, co2: 34, massKg: 2435, cv: 13, electricRangeKm: 80, priceNew: 88_000, euro: 'euro6d', years: [2019, 2022] },
    ],
  },
  {
    make: 'Mercedes-Benz', model: 'Classe C', body: 'sedan', doors: 4, seats: 5, years: [2018, 2026], count: 12,
    origins: [['stuttgart', 6], ['munich', 1], ['berlin', 1], ['brussels', 1], ['milan', 1]],
    wmi: ['WDD', 'W1K'], vds: '206', options: ['Pack AMG Line', 'MBUX avec écran central 11,9"', 'Phares Digital Light', 'Sièges chauffants', 'Aide au stationnement Parktronic', 'Burmester Surround'],
    pitch: { fr: 'Le confort Mercedes dans un format compact, idéal pour les longs trajets.', en: 'Mercedes comfort in a compact package, ideal for long journeys.' },
    variants: [
      { trim: 'C 220 d AMG Line', fuel: 'diesel', transmission: 'automatic', kw: 147, co2: 132, massKg: 1700, priceNew: 55_000, euro: 'euro6d', years: [2021, 2026] },
      { trim: 'C 300 e', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 230, co2: 15, massKg: 2005, cv: 8, electricRangeKm: 100, priceNew: 60_000, euro: 'euro6d', years: [2022, 2026] },
      { trim: 'C 200 Break', fuel: 'petrol', transmission: 'automatic', kw: 150, co2: 150, massKg: 1650, body: 'estate', priceNew: 52_000, euro: 'euro6d', years: [2021, 2026] },
      { trim: 'C 220 d Avantgarde', fuel: 'diesel', transmission: 'automatic', kw: 143, co2: 135, massKg: 1640, priceNew: 47_000, euro: 'euro6', years: [2018, 2020] },
    ],
  },
  {
    make: 'Mercedes-Benz', model: 'GLE', body: 'suv', doors: 5, seats: 5, years: [2019, 2026], count: 7,
    origins: [['stuttgart', 4], ['hamburg', 1], ['antwerp', 1]],
    wmi: ['W1N', '4JG'], vds: '167', options: ['Suspension Airmatic', 'Toit ouvrant panoramique', 'Pack Nuit', 'Attelage', 'MBUX Réalité augmentée', 'Sièges massants'],
    pitch: { fr: 'Un SUV premium spacieux, silencieux et richement équipé.', en: 'A roomy, quiet and richly equipped premium SUV.' },
    variants: [
      { trim: '350 de 4MATIC', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 235, co2: 29, massKg: 2655, cv: 11, electricRangeKm: 100, priceNew: 92_000, euro: 'euro6d' },
      { trim: '450 4MATIC AMG Line', fuel: 'petrol', transmission: 'automatic', kw: 280, co2: 235, massKg: 2265, priceNew: 99_000, euro: 'euro6d' },
      { trim: '300 d 4MATIC', fuel: 'diesel', transmission: 'automatic', kw: 198, co2: 190, massKg: 2265, priceNew: 85_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'Audi', model: 'A4', body: 'sedan', doors: 4, seats: 5, years: [2019, 2024], count: 10,
    origins: [['munich', 3], ['dusseldorf', 2], ['brussels', 1], ['vienna', 1], ['luxembourg', 1]],
    wmi: ['WAU'], vds: 'ZZZF4', options: ['Virtual Cockpit Plus', 'Phares Matrix LED', 'Pack S line', 'Bang & Olufsen 3D', 'Régulateur adaptatif', 'Sièges chauffants'],
    pitch: { fr: 'Une berline raffinée et efficiente, à la finition irréprochable.', en: 'A refined, efficient saloon with flawless build quality.' },
    variants: [
      { trim: '35 TDI S line', fuel: 'diesel', transmission: 'automatic', kw: 120, co2: 125, massKg: 1550, priceNew: 46_000, euro: 'euro6d' },
      { trim: '40 TFSI S tronic', fuel: 'petrol', transmission: 'automatic', kw: 150, co2: 150, massKg: 1570, priceNew: 48_000, euro: 'euro6d' },
      { trim: 'Avant 40 TDI quattro', fuel: 'diesel', transmission: 'automatic', kw: 150, co2: 145, massKg: 1720, body: 'estate', priceNew: 54_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'Audi', model: 'Q5', body: 'suv', doors: 5, seats: 5, years: [2020, 2026], count: 9,
    origins: [['munich', 3], ['stuttgart', 1], ['dusseldorf', 1], ['rotterdam', 1], ['salzburg', 1]],
    wmi: ['WAU'], vds: 'ZZZFY', options: ['Transmission quattro', 'Virtual Cockpit', 'Hayon électrique', 'Attelage escamotable', 'Toit ouvrant panoramique', 'Caméra de recul'],
    pitch: { fr: 'Le SUV familial premium par excellence, transmission intégrale quattro.', en: 'The quintessential premium family SUV, with quattro all-wheel drive.' },
    variants: [
      { trim: '40 TDI quattro S line', fuel: 'diesel', transmission: 'automatic', kw: 150, co2: 165, massKg: 1880, priceNew: 62_000, euro: 'euro6d' },
      { trim: '55 TFSI e quattro', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 270, co2: 46, massKg: 2085, cv: 12, electricRangeKm: 62, priceNew: 72_000, euro: 'euro6d' },
      { trim: 'Sportback 45 TFSI', fuel: 'petrol', transmission: 'automatic', kw: 195, co2: 190, massKg: 1860, priceNew: 66_000, euro: 'euro6d', years: [2021, 2026] },
    ],
  },
  {
    make: 'Volkswagen', model: 'Golf', body: 'hatchback', doors: 5, seats: 5, years: [2017, 2026], count: 12,
    origins: [['berlin', 2], ['hamburg', 2], ['munich', 1], ['dusseldorf', 2], ['amsterdam', 1], ['brussels', 1], ['vienna', 1]],
    wmi: ['WVW'], vds: 'ZZZCD', options: ['Digital Cockpit Pro', 'Apple CarPlay / Android Auto', 'Régulateur adaptatif ACC', 'Climatisation automatique bizone', 'Caméra de recul', 'Jantes alliage 18"'],
    pitch: { fr: 'La compacte qui sait tout faire, économique et agréable au quotidien.', en: 'The compact that does it all, economical and pleasant every day.' },
    variants: [
      { trim: '1.5 eTSI 150 Life', fuel: 'petrol', transmission: 'automatic', kw: 110, co2: 128, massKg: 1350, priceNew: 35_000, euro: 'euro6d', years: [2020, 2026] },
      { trim: 'GTI 2.0 TSI 245', fuel: 'petrol', transmission: 'automatic', kw: 180, co2: 165, massKg: 1430, priceNew: 45_000, euro: 'euro6d', years: [2020, 2026] },
      { trim: '2.0 TDI 150 Style', fuel: 'diesel', transmission: 'automatic', kw: 110, co2: 112, massKg: 1420, priceNew: 37_000, euro: 'euro6d', years: [2020, 2026] },
      { trim: '1.5 TSI 130 Highline', fuel: 'petrol', transmission: 'manual', kw: 96, co2: 140, massKg: 1300, priceNew: 28_000, euro: 'euro6', years: [2017, 2019] },
    ],
  },
  {
    make: 'Volkswagen', model: 'Tiguan', body: 'suv', doors: 5, seats: 5, years: [2018, 2026], count: 9,
    origins: [['hamburg', 2], ['berlin', 1], ['munich', 1], ['antwerp', 1], ['rotterdam', 1], ['madrid', 1]],
    wmi: ['WVG'], vds: 'ZZZ5N', options: ['4MOTION', 'Attelage', 'Hayon électrique', 'Toit ouvrant panoramique', 'Park Assist', 'Phares IQ.Light LED Matrix'],
    pitch: { fr: 'Un SUV familial pratique, modulable et économique.', en: 'A practical, versatile and economical family SUV.' },
    variants: [
      { trim: '2.0 TDI 150 Elegance', fuel: 'diesel', transmission: 'automatic', kw: 110, co2: 155, massKg: 1650, priceNew: 42_000, euro: 'euro6d' },
      { trim: 'eHybrid 245 R-Line', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 180, co2: 25, massKg: 1800, cv: 8, electricRangeKm: 100, priceNew: 50_000, euro: 'euro6d', years: [2021, 2026] },
      { trim: '2.0 TSI 190 4MOTION', fuel: 'petrol', transmission: 'automatic', kw: 140, co2: 185, massKg: 1690, priceNew: 44_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'Porsche', model: '911', body: 'coupe', doors: 2, seats: 4, years: [2019, 2026], count: 6,
    origins: [['stuttgart', 4], ['munich', 1], ['london', 1]],
    wmi: ['WP0'], vds: 'ZZZ99', options: ['Pack Sport Chrono', 'Échappement sport', 'Freins céramique PCCB', 'Sièges sport adaptatifs 18 voies', 'Système audio Bose', 'Lift avant'],
    pitch: { fr: "L'icône de Zuffenhausen : six cylindres à plat, précision et usage quotidien.", en: 'The Zuffenhausen icon: flat-six, precision and everyday usability.' },
    variants: [
      { trim: 'Carrera S', fuel: 'petrol', transmission: 'automatic', kw: 331, co2: 236, massKg: 1515, priceNew: 142_000, euro: 'euro6d' },
      { trim: 'Carrera 4 GTS Cabriolet', fuel: 'petrol', transmission: 'automatic', kw: 353, co2: 245, massKg: 1645, body: 'convertible', priceNew: 171_000, euro: 'euro6d', years: [2021, 2026] },
      { trim: 'Carrera T', fuel: 'petrol', transmission: 'manual', kw: 283, co2: 248, massKg: 1470, priceNew: 135_000, euro: 'euro6d', years: [2022, 2026] },
    ],
  },
  {
    make: 'Porsche', model: 'Taycan', body: 'sedan', doors: 4, seats: 4, years: [2020, 2026], count: 5,
    origins: [['stuttgart', 3], ['munich', 1], ['amsterdam', 1]],
    wmi: ['WP0'], vds: 'ZZZY1', options: ['Batterie Performance Plus', 'Suspension pneumatique adaptative', 'Pompe à chaleur', 'Chargeur embarqué 22 kW', 'Toit panoramique', 'Écran passager'],
    pitch: { fr: 'Une sportive électrique digne de Porsche, recharge à 270 kW.', en: 'An electric sports saloon worthy of the badge, charging at 270 kW.' },
    variants: [
      { trim: '4S', fuel: 'electric', transmission: 'automatic', kw: 420, co2: 0, massKg: 2220, cv: 12, electricRangeKm: 460, priceNew: 118_000, euro: 'none' },
      { trim: 'Turbo', fuel: 'electric', transmission: 'automatic', kw: 500, co2: 0, massKg: 2305, cv: 15, electricRangeKm: 450, priceNew: 165_000, euro: 'none' },
      { trim: '4 Cross Turismo', fuel: 'electric', transmission: 'automatic', kw: 380, co2: 0, massKg: 2245, cv: 11, electricRangeKm: 450, body: 'estate', priceNew: 112_000, euro: 'none', years: [2021, 2026] },
    ],
  },
  // Belgium, the Netherlands and the rest of the EU
  {
    make: 'Volvo', model: 'XC60', body: 'suv', doors: 5, seats: 5, years: [2019, 2026], count: 7,
    origins: [['antwerp', 2], ['brussels', 1], ['rotterdam', 2], ['gothenburg', 2]],
    wmi: ['YV1'], vds: 'UZA8V', options: ['Système audio Bowers & Wilkins', 'Pilot Assist', 'Toit ouvrant panoramique', 'Sièges chauffants avant et arrière', 'Hayon électrique', 'Google intégré'],
    pitch: { fr: 'Le SUV scandinave sûr et serein, très recherché en occasion.', en: 'The safe, serene Scandinavian SUV, much sought after used.' },
    variants: [
      { trim: 'B4 AWD Momentum', fuel: 'diesel', transmission: 'automatic', kw: 145, co2: 160, massKg: 1900, priceNew: 55_000, euro: 'euro6d' },
      { trim: 'T6 Recharge Inscription', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 287, co2: 22, massKg: 2120, cv: 10, electricRangeKm: 78, priceNew: 68_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'Peugeot', model: '3008', body: 'suv', doors: 5, seats: 5, years: [2018, 2024], count: 8,
    origins: [['brussels', 2], ['luxembourg', 2], ['barcelona', 1], ['madrid', 1], ['milan', 1], ['antwerp', 1]],
    wmi: ['VF3'], vds: 'MCYHZ', options: ['i-Cockpit 3D', 'Grip Control', 'Caméra de recul 180°', 'Toit ouvrant panoramique', 'Hayon mains libres', 'Focal Premium Hi-Fi'],
    pitch: { fr: 'Le SUV français star du marché, design soigné et intérieur i-Cockpit.', en: 'France’s best-selling SUV, with a sharp design and i-Cockpit interior.' },
    variants: [
      { trim: '1.5 BlueHDi 130 Allure', fuel: 'diesel', transmission: 'automatic', kw: 96, co2: 125, massKg: 1420, priceNew: 37_000, euro: 'euro6d' },
      { trim: 'Hybrid4 300 GT', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 220, co2: 31, massKg: 1900, cv: 8, electricRangeKm: 59, priceNew: 50_000, euro: 'euro6d', years: [2020, 2024] },
      { trim: '1.2 PureTech 130 GT Line', fuel: 'petrol', transmission: 'manual', kw: 96, co2: 140, massKg: 1320, priceNew: 33_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'Renault', model: 'Mégane', body: 'hatchback', doors: 5, seats: 5, years: [2018, 2026], count: 7,
    origins: [['brussels', 2], ['antwerp', 1], ['rotterdam', 1], ['madrid', 1], ['barcelona', 1]],
    wmi: ['VF1'], vds: 'RFB00', options: ['Écran OpenR Link 12"', 'Pompe à chaleur', 'Harman Kardon', 'Aide au stationnement mains libres', 'Régulateur adaptatif', 'Carte mains libres'],
    pitch: { fr: 'Une compacte française bien pensée, en thermique ou 100 % électrique.', en: 'A well-thought-out French compact, petrol or fully electric.' },
    variants: [
      { trim: 'E-Tech EV60 Techno', fuel: 'electric', transmission: 'automatic', kw: 160, co2: 0, massKg: 1636, cv: 4, electricRangeKm: 450, priceNew: 42_000, euro: 'none', years: [2022, 2026], body: 'suv' },
      { trim: 'TCe 140 Intens', fuel: 'petrol', transmission: 'manual', kw: 103, co2: 140, massKg: 1300, priceNew: 29_000, euro: 'euro6d', years: [2018, 2022] },
      { trim: 'Estate Blue dCi 115', fuel: 'diesel', transmission: 'manual', kw: 85, co2: 120, massKg: 1390, body: 'estate', priceNew: 30_000, euro: 'euro6d', years: [2019, 2022] },
    ],
  },
  {
    make: 'Alfa Romeo', model: 'Giulia', body: 'sedan', doors: 4, seats: 5, years: [2018, 2024], count: 3,
    origins: [['milan', 2], ['turin', 1]],
    wmi: ['ZAR'], vds: '95200', options: ['Palettes au volant en aluminium', 'Harman Kardon', 'Sièges sport cuir', 'Jantes 19"', 'Xénon directionnels'],
    pitch: { fr: 'Une propulsion italienne au châssis remarquable et au style intemporel.', en: 'An Italian rear-driver with a remarkable chassis and timeless style.' },
    variants: [
      { trim: '2.0 280 Veloce Q4', fuel: 'petrol', transmission: 'automatic', kw: 206, co2: 185, massKg: 1605, priceNew: 58_000, euro: 'euro6d' },
      { trim: '2.2 JTDm 210 Q4', fuel: 'diesel', transmission: 'automatic', kw: 154, co2: 140, massKg: 1600, priceNew: 54_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'Cupra', model: 'Formentor', body: 'suv', doors: 5, seats: 5, years: [2021, 2026], count: 3,
    origins: [['barcelona', 2], ['madrid', 1]],
    wmi: ['VSS'], vds: 'ZZZKM', options: ['Sièges baquets CUPRA', 'Beats Audio', 'Freins Akebono', 'Jantes cuivre 19"', 'Virtual Cockpit'],
    pitch: { fr: 'Un crossover sportif espagnol au caractère affirmé.', en: 'A sporty Spanish crossover with plenty of character.' },
    variants: [
      { trim: 'VZ 2.0 TSI 310 4Drive', fuel: 'petrol', transmission: 'automatic', kw: 228, co2: 195, massKg: 1644, priceNew: 55_000, euro: 'euro6d' },
      { trim: 'e-Hybrid 245 VZ', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 180, co2: 28, massKg: 1704, cv: 8, electricRangeKm: 55, priceNew: 49_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'Škoda', model: 'Octavia Combi', body: 'estate', doors: 5, seats: 5, years: [2020, 2026], count: 3,
    origins: [['prague', 2], ['vienna', 1]],
    wmi: ['TMB'], vds: 'JG7NX', options: ['Virtual Cockpit', 'Hayon électrique', 'Attelage', 'Climatronic tri-zone', 'Caméra de recul'],
    pitch: { fr: 'Le break le plus logeable de sa catégorie, au rapport prix/équipement imbattable.', en: 'The roomiest estate in its class, with unbeatable value.' },
    variants: [
      { trim: '2.0 TDI 150 Style', fuel: 'diesel', transmission: 'automatic', kw: 110, co2: 120, massKg: 1490, priceNew: 37_000, euro: 'euro6d' },
      { trim: 'RS 2.0 TSI 245', fuel: 'petrol', transmission: 'automatic', kw: 180, co2: 160, massKg: 1510, priceNew: 46_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'Fiat', model: '500e', body: 'hatchback', doors: 3, seats: 4, years: [2021, 2026], count: 3,
    origins: [['turin', 2], ['milan', 1]],
    wmi: ['ZFA'], vds: '33200', options: ['Toit ouvrant vitré', 'Uconnect 10,25"', 'Charge rapide 85 kW', 'Caméra de recul', 'Conduite semi-autonome niveau 2'],
    pitch: { fr: 'La citadine électrique pleine de charme, parfaite en ville.', en: 'The charming electric city car, perfect in town.' },
    variants: [
      { trim: 'La Prima 42 kWh', fuel: 'electric', transmission: 'automatic', kw: 87, co2: 0, massKg: 1365, cv: 3, electricRangeKm: 320, priceNew: 33_000, euro: 'none' },
      { trim: 'Cabriolet Icon', fuel: 'electric', transmission: 'automatic', kw: 87, co2: 0, massKg: 1380, cv: 3, electricRangeKm: 310, body: 'convertible', priceNew: 35_000, euro: 'none' },
    ],
  },
  {
    make: 'Kia', model: 'EV6', body: 'suv', doors: 5, seats: 5, years: [2022, 2026], count: 3,
    origins: [['antwerp', 1], ['rotterdam', 1], ['amsterdam', 1]],
    wmi: ['KNA'], vds: 'C8811', options: ['Recharge 800 V', 'Vehicle-to-Load', 'Pompe à chaleur', 'Affichage tête haute à réalité augmentée', 'Meridian Audio'],
    pitch: { fr: 'Un crossover électrique à recharge ultra-rapide 800 V.', en: 'An electric crossover with ultra-fast 800 V charging.' },
    variants: [
      { trim: 'GT-Line AWD 77 kWh', fuel: 'electric', transmission: 'automatic', kw: 239, co2: 0, massKg: 2090, cv: 6, electricRangeKm: 506, priceNew: 58_000, euro: 'none' },
    ],
  },
  // Japan
  {
    make: 'Toyota', model: 'Land Cruiser', body: 'suv', doors: 5, seats: 7, years: [2019, 2024], count: 7,
    origins: [['yokohama', 3], ['tokyo', 1], ['osaka', 1], ['nagoya', 1], ['antwerp', 1]],
    wmi: ['JTE', 'JTM'], vds: 'BJ3FJ', options: ['Blocage de différentiel arrière', 'Multi-Terrain Select', 'Crawl Control', 'Attelage', '7 places', 'Caméra 360° Multi-Terrain Monitor'],
    pitch: { fr: 'Le 4x4 le plus fiable du monde, increvable et revendu à prix d’or.', en: 'The world’s most reliable 4x4: unbreakable, and it holds its value.' },
    variants: [
      { trim: '300 3.3 V6 D-4D ZX', fuel: 'diesel', transmission: 'automatic', kw: 227, co2: 266, massKg: 2520, priceNew: 110_000, euro: 'euro6', years: [2022, 2024] },
      { trim: '150 2.8 D-4D Lounge', fuel: 'diesel', transmission: 'automatic', kw: 150, co2: 245, massKg: 2300, priceNew: 72_000, euro: 'euro6d', years: [2019, 2023] },
    ],
  },
  {
    make: 'Toyota', model: 'GR86', body: 'coupe', doors: 2, seats: 4, years: [2022, 2024], count: 4,
    origins: [['yokohama', 2], ['tokyo', 1], ['osaka', 1]],
    wmi: ['JF1'], vds: 'ZN8A0', options: ['Différentiel Torsen', 'Sièges sport Alcantara', 'Échappement TRD', 'Jantes 18" forgées', 'Mode circuit'],
    pitch: { fr: 'Un coupé propulsion léger et atmosphérique, pur plaisir de conduite.', en: 'A light, naturally aspirated rear-drive coupé: pure driving fun.' },
    variants: [
      { trim: '2.4 RZ', fuel: 'petrol', transmission: 'manual', kw: 173, co2: 254, massKg: 1276, priceNew: 35_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'Toyota', model: 'Supra', body: 'coupe', doors: 2, seats: 2, years: [2019, 2024], count: 4,
    origins: [['yokohama', 2], ['nagoya', 1], ['tokyo', 1]],
    wmi: ['WZ1'], vds: 'DB0C0', options: ['Différentiel actif', 'Système audio JBL', 'Affichage tête haute', 'Sièges cuir chauffants', 'Launch control'],
    pitch: { fr: 'Le retour du mythe : six cylindres en ligne turbo et propulsion.', en: 'The legend returns: turbocharged straight-six and rear-wheel drive.' },
    variants: [
      { trim: 'GR 3.0 RZ', fuel: 'petrol', transmission: 'automatic', kw: 250, co2: 188, massKg: 1570, priceNew: 70_000, euro: 'euro6d' },
      { trim: 'GR 3.0 Manual', fuel: 'petrol', transmission: 'manual', kw: 250, co2: 200, massKg: 1550, priceNew: 72_000, euro: 'euro6d', years: [2023, 2024] },
    ],
  },
  {
    make: 'Mazda', model: 'MX-5', body: 'convertible', doors: 2, seats: 2, years: [2019, 2026], count: 4,
    origins: [['yokohama', 1], ['osaka', 1], ['rotterdam', 1], ['munich', 1]],
    wmi: ['JM1', 'JMZ'], vds: 'ND6E4', options: ['Capote électrique RF', 'Système audio Bose', 'Sièges Recaro', 'Différentiel autobloquant', 'Jantes BBS'],
    pitch: { fr: 'Le roadster le plus vendu au monde, léger et joueur.', en: 'The best-selling roadster ever, light and playful.' },
    variants: [
      { trim: '2.0 Skyactiv-G 184 Sport', fuel: 'petrol', transmission: 'manual', kw: 135, co2: 160, massKg: 1100, priceNew: 36_000, euro: 'euro6d' },
      { trim: 'RF 2.0 184 Homura', fuel: 'petrol', transmission: 'manual', kw: 135, co2: 163, massKg: 1130, body: 'coupe', priceNew: 39_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'Nissan', model: 'Skyline GT-R', body: 'coupe', doors: 2, seats: 4, years: [1999, 2002], count: 2,
    origins: [['tokyo', 1], ['yokohama', 1]],
    wmi: ['JN1'], vds: 'GBNR34', options: ['Moteur RB26DETT', 'Transmission intégrale ATTESA E-TS', 'Différentiel actif', 'Multi-Function Display', 'Carnet d’entretien japonais traduit'],
    pitch: { fr: 'La légende JDM, moteur RB26 biturbo : une pièce de collection déjà recherchée.', en: 'The JDM legend with its twin-turbo RB26: an already sought-after collector’s piece.' },
    collector: { value: [165_000, 240_000], mileage: [38_000, 95_000] },
    variants: [
      { trim: 'R34 V-Spec', fuel: 'petrol', transmission: 'manual', kw: 206, co2: null, massKg: 1560, cv: 20, priceNew: 0, euro: 'none' },
    ],
  },
  {
    make: 'Honda', model: 'NSX', body: 'coupe', doors: 2, seats: 2, years: [2017, 2021], count: 2,
    origins: [['tokyo', 1], ['osaka', 1]],
    wmi: ['JHM'], vds: 'NC1100', options: ['Sport Hybrid SH-AWD', 'Freins carbone-céramique', 'Sièges semi-baquets', 'Système audio ELS', 'Pack carbone intérieur'],
    pitch: { fr: 'La supercar hybride de Honda, produite en petite série.', en: 'Honda’s hybrid supercar, built in small numbers.' },
    variants: [
      { trim: '3.5 V6 Sport Hybrid', fuel: 'hybrid', transmission: 'automatic', kw: 427, co2: 242, massKg: 1801, priceNew: 190_000, euro: 'euro6' },
    ],
  },
  // United States
  {
    make: 'Ford', model: 'Mustang', body: 'coupe', doors: 2, seats: 4, years: [2018, 2024], count: 5,
    origins: [['losAngeles', 2], ['miami', 1], ['newJersey', 1], ['munich', 1]],
    wmi: ['1FA'], vds: '6P8CF', options: ['V8 5.0 Coyote', 'Échappement actif', 'Sièges Recaro', 'Système audio B&O', 'MagneRide', 'Launch control'],
    pitch: { fr: 'Le muscle car américain par excellence, V8 atmosphérique.', en: 'The quintessential American muscle car, naturally aspirated V8.' },
    variants: [
      { trim: 'GT 5.0 V8 Fastback', fuel: 'petrol', transmission: 'manual', kw: 330, co2: 270, massKg: 1750, priceNew: 58_000, euro: 'euro6d' },
      { trim: 'GT 5.0 V8 Convertible', fuel: 'petrol', transmission: 'automatic', kw: 330, co2: 275, massKg: 1820, body: 'convertible', priceNew: 62_000, euro: 'euro6d' },
    ],
  },
  {
    make: 'Ford', model: 'F-150', body: 'pickup', doors: 4, seats: 5, years: [2019, 2024], count: 3,
    origins: [['houston', 2], ['losAngeles', 1]],
    wmi: ['1FT'], vds: 'EW1EG', options: ['Cabine SuperCrew', 'Pro Power Onboard 7,2 kW', 'Attelage Pro Trailer Backup Assist', 'Benne avec hayon multifonction', 'Transmission 4x4', 'Toit ouvrant panoramique'],
    pitch: { fr: 'Le pick-up le plus vendu aux États-Unis, taillé pour le travail et le loisir.', en: 'America’s best-selling pick-up, built for work and play.' },
    variants: [
      { trim: 'Lariat 3.5 EcoBoost 4x4', fuel: 'petrol', transmission: 'automatic', kw: 298, co2: 295, massKg: 2250, priceNew: 75_000, euro: 'none' },
      { trim: 'Raptor 3.5 V6', fuel: 'petrol', transmission: 'automatic', kw: 336, co2: 330, massKg: 2600, priceNew: 95_000, euro: 'none', years: [2021, 2024] },
    ],
  },
  {
    make: 'Tesla', model: 'Model 3', body: 'sedan', doors: 4, seats: 5, years: [2019, 2026], count: 6,
    origins: [['losAngeles', 2], ['amsterdam', 2], ['rotterdam', 1], ['berlin', 1]],
    wmi: ['5YJ'], vds: '3E7EB', options: ['Autopilot amélioré', 'Toit en verre', 'Pompe à chaleur', 'Sièges arrière chauffants', 'Accès Superchargeurs', 'Système audio premium'],
    pitch: { fr: 'La berline électrique de référence, efficiente et mise à jour à distance.', en: 'The benchmark electric saloon, efficient and updated over the air.' },
    variants: [
      { trim: 'Long Range AWD', fuel: 'electric', transmission: 'automatic', kw: 366, co2: 0, massKg: 1844, cv: 7, electricRangeKm: 602, priceNew: 50_000, euro: 'none' },
      { trim: 'Propulsion', fuel: 'electric', transmission: 'automatic', kw: 208, co2: 0, massKg: 1765, cv: 4, electricRangeKm: 491, priceNew: 42_000, euro: 'none' },
      { trim: 'Performance', fuel: 'electric', transmission: 'automatic', kw: 393, co2: 0, massKg: 1847, cv: 8, electricRangeKm: 547, priceNew: 56_000, euro: 'none' },
    ],
  },
  {
    make: 'Tesla', model: 'Model Y', body: 'suv', doors: 5, seats: 5, years: [2021, 2026], count: 5,
    origins: [['berlin', 3], ['losAngeles', 2]],
    wmi: ['5YJ'], vds: 'YGDEE', options: ['Autopilot', 'Hayon électrique', 'Attelage', 'Toit en verre', 'Pompe à chaleur', 'Sièges chauffants'],
    pitch: { fr: 'Le SUV électrique le plus vendu d’Europe, spacieux et efficient.', en: 'Europe’s best-selling electric SUV, roomy and efficient.' },
    variants: [
      { trim: 'Grande Autonomie AWD', fuel: 'electric', transmission: 'automatic', kw: 378, co2: 0, massKg: 1979, cv: 7, electricRangeKm: 533, priceNew: 53_000, euro: 'none' },
      { trim: 'Propulsion', fuel: 'electric', transmission: 'automatic', kw: 220, co2: 0, massKg: 1909, cv: 5, electricRangeKm: 455, priceNew: 45_000, euro: 'none' },
    ],
  },
  {
    make: 'Jeep', model: 'Wrangler', body: 'suv', doors: 5, seats: 5, years: [2019, 2024], count: 4,
    origins: [['miami', 1], ['houston', 1], ['losAngeles', 1], ['dusseldorf', 1]],
    wmi: ['1C4'], vds: 'HJXEN', options: ['Rock-Trac 4x4', 'Blocages de différentiels Tru-Lok', 'Toit Sky One-Touch', 'Pneus tout-terrain', 'Treuil avant'],
    pitch: { fr: 'Le franchisseur culte, toit et portes démontables.', en: 'The cult off-roader, with removable roof and doors.' },
    variants: [
      { trim: 'Unlimited Rubicon 2.0T', fuel: 'petrol', transmission: 'automatic', kw: 200, co2: 245, massKg: 2000, priceNew: 62_000, euro: 'euro6d' },
      { trim: 'Unlimited 4xe Sahara', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 280, co2: 79, massKg: 2400, cv: 9, electricRangeKm: 45, priceNew: 70_000, euro: 'euro6d', years: [2021, 2024] },
    ],
  },
  {
    make: 'Chevrolet', model: 'Corvette', body: 'coupe', doors: 2, seats: 2, years: [2020, 2024], count: 3,
    origins: [['losAngeles', 1], ['miami', 1], ['newJersey', 1]],
    wmi: ['1G1'], vds: 'YC2D4', options: ['Pack Z51', 'Toit targa amovible', 'Magnetic Ride Control', 'Front lift', 'Échappement sport Performance'],
    pitch: { fr: 'La Corvette à moteur central : une supercar américaine à prix raisonnable.', en: 'The mid-engined Corvette: an American supercar at a sensible price.' },
    variants: [
      { trim: 'Stingray 3LT Z51', fuel: 'petrol', transmission: 'automatic', kw: 369, co2: 290, massKg: 1655, priceNew: 110_000, euro: 'euro6d' },
      { trim: 'Stingray Convertible', fuel: 'petrol', transmission: 'automatic', kw: 369, co2: 292, massKg: 1700, body: 'convertible', priceNew: 118_000, euro: 'euro6d' },
    ],
  },
  // United Kingdom
  {
    make: 'Land Rover', model: 'Defender', body: 'suv', doors: 5, seats: 5, years: [2020, 2026], count: 5,
    origins: [['southampton', 3], ['london', 1], ['antwerp', 1]],
    wmi: ['SAL'], vds: 'EA7AW', options: ['Suspension pneumatique', 'Terrain Response 2', 'Attelage', 'Galerie de toit', 'Pack Explorer', 'ClearSight rétroviseur intérieur'],
    pitch: { fr: 'Le nouveau Defender : robuste, moderne et redoutable en tout-terrain.', en: 'The new Defender: tough, modern and formidable off-road.' },
    variants: [
      { trim: '110 D250 SE', fuel: 'diesel', transmission: 'automatic', kw: 183, co2: 235, massKg: 2300, priceNew: 78_000, euro: 'euro6d' },
      { trim: '90 P400 X-Dynamic', fuel: 'petrol', transmission: 'automatic', kw: 294, co2: 260, massKg: 2190, doors: 3, priceNew: 88_000, euro: 'euro6d' },
      { trim: '110 P400e PHEV', fuel: 'plugin_hybrid', transmission: 'automatic', kw: 297, co2: 74, massKg: 2550, cv: 11, electricRangeKm: 43, priceNew: 84_000, euro: 'euro6d', years: [2021, 2026] },
    ],
  },
  {
    make: 'Mini', model: 'Cooper', body: 'hatchback', doors: 3, seats: 4, years: [2019, 2024], count: 3,
    origins: [['london', 1], ['southampton', 1], ['munich', 1]],
    wmi: ['WMW'], vds: 'XR510', options: ['Toit ouvrant panoramique', 'Harman Kardon', 'Affichage tête haute', 'Sièges sport', 'Pack John Cooper Works'],
    pitch: { fr: 'La citadine britannique au look iconique et au comportement de kart.', en: 'The iconic British city car with go-kart handling.' },
    variants: [
      { trim: 'S 2.0 178', fuel: 'petrol', transmission: 'automatic', kw: 131, co2: 145, massKg: 1300, priceNew: 33_000, euro: 'euro6d' },
      { trim: 'SE électrique', fuel: 'electric', transmission: 'automatic', kw: 135, co2: 0, massKg: 1440, cv: 3, electricRangeKm: 230, priceNew: 36_000, euro: 'none', years: [2020, 2024] },
    ],
  },
  // China
  {
    make: 'BYD', model: 'Seal', body: 'sedan', doors: 4, seats: 5, years: [2024, 2026], count: 3,
    origins: [['shanghai', 1], ['shenzhen', 1], ['rotterdam', 1]],
    wmi: ['LGX'], vds: 'CE4CB', newOnly: true,
    options: ['Batterie Blade 82,5 kWh', 'Toit panoramique', 'Pompe à chaleur', 'Vehicle-to-Load', 'Système audio Dynaudio', 'Écran rotatif 15,6"'],
    pitch: { fr: 'Une berline électrique chinoise très bien équipée, au rapport prix/autonomie remarquable.', en: 'A very well-equipped Chinese electric saloon with remarkable range for the money.' },
    variants: [
      { trim: 'Excellence AWD', fuel: 'electric', transmission: 'automatic', kw: 390, co2: 0, massKg: 2185, cv: 8, electricRangeKm: 520, priceNew: 47_000, euro: 'none' },
      { trim: 'Design RWD', fuel: 'electric', transmission: 'automatic', kw: 230, co2: 0, massKg: 2055, cv: 5, electricRangeKm: 570, priceNew: 42_000, euro: 'none' },
    ],
  },
  {
    make: 'BYD', model: 'Atto 3', body: 'suv', doors: 5, seats: 5, years: [2024, 2026], count: 2,
    origins: [['shenzhen', 1], ['shanghai', 1]],
    wmi: ['LGX'], vds: 'CE4CA', newOnly: true,
    options: ['Batterie Blade 60,5 kWh', 'Toit ouvrant panoramique', 'Hayon électrique', 'Pompe à chaleur', 'Caméra 360°'],
    pitch: { fr: 'Un SUV électrique compact et complet, importé neuf.', en: 'A compact, well-equipped electric SUV, imported new.' },
    variants: [
      { trim: 'Design 60 kWh', fuel: 'electric', transmission: 'automatic', kw: 150, co2: 0, massKg: 1750, cv: 4, electricRangeKm: 420, priceNew: 38_000, euro: 'none' },
    ],
  },
  {
    make: 'MG', model: 'MG4', body: 'hatchback', doors: 5, seats: 5, years: [2023, 2026], count: 3,
    origins: [['shanghai', 2], ['antwerp', 1]],
    wmi: ['LSJ'], vds: 'W7418', newOnly: true,
    options: ['Batterie 77 kWh', 'Propulsion', 'Pompe à chaleur', 'Caméra 360°', 'Sièges chauffants', 'Régulateur adaptatif'],
    pitch: { fr: 'La compacte électrique du groupe SAIC, propulsion et prix serré.', en: 'SAIC’s electric compact: rear-wheel drive at a keen price.' },
    variants: [
      { trim: 'Luxury 77 kWh', fuel: 'electric', transmission: 'automatic', kw: 180, co2: 0, massKg: 1735, cv: 5, electricRangeKm: 520, priceNew: 39_000, euro: 'none' },
      { trim: 'XPower AWD', fuel: 'electric', transmission: 'automatic', kw: 320, co2: 0, massKg: 1800, cv: 7, electricRangeKm: 385, priceNew: 42_000, euro: 'none' },
    ],
  },
  // South Korea
  {
    make: 'Hyundai', model: 'Ioniq 5', body: 'suv', doors: 5, seats: 5, years: [2022, 2026], count: 2,
    origins: [['incheon', 1], ['rotterdam', 1]],
    wmi: ['KMH'], vds: 'M441C', options: ['Recharge 800 V', 'Vehicle-to-Load', 'Console centrale coulissante', 'Toit solaire', 'Affichage tête haute'],
    pitch: { fr: 'Un design rétro-futuriste et une recharge parmi les plus rapides du marché.', en: 'Retro-futuristic design and some of the fastest charging around.' },
    variants: [
      { trim: '77 kWh AWD Executive', fuel: 'electric', transmission: 'automatic', kw: 239, co2: 0, massKg: 2100, cv: 6, electricRangeKm: 460, priceNew: 57_000, euro: 'none' },
    ],
  },
  // Collector cars (30 years and more: heading 9705, 5.5 % VAT)
  {
    make: 'Mercedes-Benz', model: '190 E', body: 'sedan', doors: 4, seats: 5, years: [1986, 1992], count: 1,
    origins: [['stuttgart', 1]], wmi: ['WDB'], vds: '201034',
    options: ['Toit ouvrant', 'Sellerie velours d’origine', 'Historique d’entretien complet', 'Deux jeux de clés'],
    pitch: { fr: 'La « Baby Benz » indestructible, dans un état d’origine rare.', en: 'The indestructible “Baby Benz”, in rare original condition.' },
    collector: { value: [14_000, 26_000], mileage: [95_000, 190_000] },
    variants: [{ trim: '2.3', fuel: 'petrol', transmission: 'manual', kw: 100, co2: null, massKg: 1180, cv: 10, priceNew: 0, euro: 'none' }],
  },
  {
    make: 'Porsche', model: '911 (964)', body: 'coupe', doors: 2, seats: 4, years: [1989, 1994], count: 1,
    origins: [['munich', 1]], wmi: ['WP0'], vds: 'ZZZ96', options: ['Boîte G50 à cinq rapports', 'Certificat d’authenticité Porsche', 'Climatisation', 'Sièges cuir', 'Carnet d’entretien tamponné'],
    pitch: { fr: 'La 964, première 911 moderne et dernière au caractère brut : une valeur sûre.', en: 'The 964, the first modern 911 with old-school character: a blue-chip classic.' },
    collector: { value: [78_000, 115_000], mileage: [85_000, 160_000] },
    variants: [{ trim: 'Carrera 2', fuel: 'petrol', transmission: 'manual', kw: 184, co2: null, massKg: 1350, cv: 18, priceNew: 0, euro: 'none' }],
  },
  {
    make: 'BMW', model: 'M3 (E30)', body: 'coupe', doors: 2, seats: 4, years: [1987, 1991], count: 1,
    origins: [['munich', 1]], wmi: ['WBS'], vds: 'AK0300', options: ['Moteur S14 d’origine', 'Différentiel autobloquant', 'Sièges sport', 'Historique complet'],
    pitch: { fr: 'L’icône du DTM homologuée pour la route, cote en hausse constante.', en: 'The DTM icon homologated for the road, with steadily rising values.' },
    collector: { value: [68_000, 95_000], mileage: [110_000, 180_000] },
    variants: [{ trim: '2.3 195 ch', fuel: 'petrol', transmission: 'manual', kw: 143, co2: null, massKg: 1200, cv: 13, priceNew: 0, euro: 'none' }],
  },
  {
    make: 'Toyota', model: 'Land Cruiser 70', body: 'suv', doors: 3, seats: 5, years: [1990, 1995], count: 1,
    origins: [['nagoya', 1]], wmi: ['JT1'], vds: 'HZJ730', options: ['Moteur 1HZ atmosphérique', 'Blocages de différentiels', 'Treuil avant', 'Châssis traité anticorrosion'],
    pitch: { fr: 'Le Land Cruiser 70 des années 90, robustesse légendaire et mécanique simple.', en: 'A 1990s Land Cruiser 70: legendary toughness and simple mechanics.' },
    collector: { value: [32_000, 48_000], mileage: [160_000, 290_000] },
    variants: [{ trim: 'HZJ73 4.2 D', fuel: 'diesel', transmission: 'manual', kw: 96, co2: null, massKg: 2050, cv: 11, priceNew: 0, euro: 'none' }],
  },
  {
    make: 'Honda', model: 'NSX (NA1)', body: 'coupe', doors: 2, seats: 2, years: [1991, 1995], count: 1,
    origins: [['tokyo', 1]], wmi: ['JHM'], vds: 'NA1100', options: ['V6 VTEC 3.0', 'Châssis aluminium', 'Boîte manuelle 5 rapports', 'Carnet d’entretien Honda Japon'],
    pitch: { fr: 'La supercar japonaise mise au point avec Ayrton Senna.', en: 'The Japanese supercar fine-tuned with Ayrton Senna.' },
    collector: { value: [95_000, 140_000], mileage: [60_000, 120_000] },
    variants: [{ trim: '3.0 V6 VTEC', fuel: 'petrol', transmission: 'manual', kw: 201, co2: null, massKg: 1370, cv: 19, priceNew: 0, euro: 'none' }],
  },
  {
    make: 'Mazda', model: 'MX-5 (NA)', body: 'convertible', doors: 2, seats: 2, years: [1990, 1996], count: 1,
    origins: [['osaka', 1]], wmi: ['JM1'], vds: 'NA3510', options: ['Phares escamotables', 'Hard-top d’origine', 'Jantes Minilite', 'Capote neuve'],
    pitch: { fr: 'La première MX-5, « Eunos Roadster » au Japon : la joie de vivre sur quatre roues.', en: 'The first MX-5, sold as Eunos Roadster in Japan: joy on four wheels.' },
    collector: { value: [11_000, 19_000], mileage: [90_000, 170_000] },
    variants: [{ trim: 'Eunos Roadster 1.6', fuel: 'petrol', transmission: 'manual', kw: 85, co2: null, massKg: 960, cv: 8, priceNew: 0, euro: 'none' }],
  },
]

export const COMMON_OPTIONS = [
  'Climatisation automatique',
  'Régulateur de vitesse',
  'Caméra de recul',
  'Aide au stationnement avant et arrière',
  'Apple CarPlay / Android Auto',
  'Navigation GPS',
  'Démarrage sans clé',
  'Sièges chauffants',
  'Volant chauffant',
  'Phares LED',
  'Alerte de franchissement de ligne',
  'Surveillance des angles morts',
  'Jantes alliage',
  'Rétroviseurs rabattables électriquement',
  'Carnet d’entretien complet',
  'Deux jeux de clés',
]

export const ELECTRIC_OPTIONS = ['Câble de recharge Type 2', 'Préconditionnement de la batterie', 'Charge rapide DC', 'Programmation de la recharge']

export type Colour = { fr: string; en: string; family: ColourFamily }
export type ColourFamily = 'gris' | 'noir' | 'blanc' | 'bleu' | 'bleu-nuit' | 'rouge' | 'vert' | 'argent' | 'orange' | 'jaune'

export const COLOURS: [Colour, number][] = [
  [{ fr: 'Gris anthracite métallisé', en: 'Metallic anthracite grey', family: 'gris' }, 10],
  [{ fr: 'Gris Nardo', en: 'Nardo grey', family: 'gris' }, 3],
  [{ fr: 'Noir saphir métallisé', en: 'Metallic sapphire black', family: 'noir' }, 10],
  [{ fr: 'Noir intense', en: 'Jet black', family: 'noir' }, 4],
  [{ fr: 'Blanc alpin', en: 'Alpine white', family: 'blanc' }, 8],
  [{ fr: 'Blanc nacré', en: 'Pearl white', family: 'blanc' }, 4],
  [{ fr: 'Argent métallisé', en: 'Metallic silver', family: 'argent' }, 6],
  [{ fr: 'Bleu Portimao métallisé', en: 'Metallic Portimao blue', family: 'bleu' }, 4],
  [{ fr: 'Bleu nuit', en: 'Midnight blue', family: 'bleu-nuit' }, 4],
  [{ fr: 'Rouge carmin', en: 'Carmine red', family: 'rouge' }, 4],
  [{ fr: 'Vert anglais', en: 'British racing green', family: 'vert' }, 2],
  [{ fr: 'Orange volcan', en: 'Volcano orange', family: 'orange' }, 1],
  [{ fr: 'Jaune racing', en: 'Racing yellow', family: 'jaune' }, 1],
]

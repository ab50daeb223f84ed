import type { Co2Grid, Co2Step } from '../../../domain/importRules'

/**
 * CO2 malus grids by year of first registration. Each table below is the amount (whole euros) for
 * consecutive grams from `firstG`; at `capFromG` and above the cap applies. Where several years share a
 * step table the law moved the same steps to a lower threshold, which the sources state in those words.
 */
function steps(firstG: number, amounts: readonly number[]): Co2Step[] {
  return amounts.map((eur, i) => ({ g: firstG + i, eur }))
}

/**
 * Steps for a grid written in bands ("151 ≤ taux ≤ 155: 200"), as the texts were until 2016: one step per
 * gram from the first band's lower bound to the gram before the cap, so the grid reads like the later ones.
 * Each band is [first gram, euros]; the band runs to the gram before the next one.
 */
function bands(list: readonly [number, number][], capFromG: number): Co2Step[] {
  return list.flatMap(([from, eur], i) => {
    const to = (list[i + 1]?.[0] ?? capFromG) - 1
    return Array.from({ length: to - from + 1 }, (_, k) => ({ g: from + k, eur }))
  })
}

// CGI art. 1011 bis III a, as in force each year (S71; to 2012 also S69, 2012 also S70): the 2008 and 2009
// columns are the same, 2010 and 2011 as amended by the LFI 2010, 2012 by the LFI 2012 art. 55, 2013 by
// the LFI 2013, 2014 by the LFI 2014, left unchanged by the LFI 2015 and, per S72, in 2016.
const BANDS_2008_2009: [number, number][] = [
  [161, 200],
  [166, 750],
  [201, 1600],
]
const BANDS_2010: [number, number][] = [
  [156, 200],
  [161, 750],
  [196, 1600],
]
const BANDS_2011: [number, number][] = [
  [151, 200],
  [156, 750],
  [191, 1600],
]
const BANDS_2012: [number, number][] = [
  [141, 200],
  [151, 500],
  [156, 750],
  [181, 1300],
  [191, 2300],
]
const BANDS_2013: [number, number][] = [
  [136, 100],
  [141, 300],
  [146, 400],
  [151, 1000],
  [156, 1500],
  [176, 2000],
  [181, 2600],
  [186, 3000],
  [191, 5000],
]
const BANDS_2014_2016: [number, number][] = [
  [131, 150],
  [136, 250],
  [141, 500],
  [146, 900],
  [151, 1600],
  [156, 2200],
  [176, 3000],
  [181, 3600],
  [186, 4000],
  [191, 6500],
]

const CGI_1011_BIS = ['S71']
const CGI_1011_BIS_BOI = ['S71', 'S69']

function bandGrid(
  year: number,
  list: readonly [number, number][],
  capEur: number,
  capFromG: number,
  extra: { sourceIds: string[]; note?: string; validTo?: string },
): Co2Grid {
  return {
    id: `${year}-NEDC`,
    year,
    kind: 'NEDC',
    validFrom: `${year}-01-01`,
    validTo: extra.validTo ?? `${year}-12-31`,
    steps: bands(list, capFromG),
    capEur,
    capFromG,
    sourceIds: [...extra.sourceIds],
    ...(extra.note ? { note: extra.note } : {}),
  }
}

const BAND_GRIDS: Co2Grid[] = [
  bandGrid(2008, BANDS_2008_2009, 2600, 251, {
    sourceIds: CGI_1011_BIS_BOI,
    note: 'LFR 2007 art. 63 (loi 2007-1824): 161–165 g 200 €, 166–200 g 750 €, 201–250 g 1 600 €, above 250 g 2 600 €.',
  }),
  bandGrid(2009, BANDS_2008_2009, 2600, 251, { sourceIds: CGI_1011_BIS_BOI, note: 'Same column as 2008.' }),
  bandGrid(2010, BANDS_2010, 2600, 246, {
    sourceIds: CGI_1011_BIS_BOI,
    note: '156–160 g 200 €, 161–195 g 750 €, 196–245 g 1 600 €, from 246 g 2 600 €.',
  }),
  bandGrid(2011, BANDS_2011, 2600, 241, {
    sourceIds: CGI_1011_BIS_BOI,
    note: 'Column as amended by the LFI 2010 (loi 2009-1673): 151–155 g 200 €, 156–190 g 750 €, 191–240 g 1 600 €, from 241 g 2 600 €.',
  }),
  bandGrid(2012, BANDS_2012, 3600, 231, {
    sourceIds: [...CGI_1011_BIS_BOI, 'S70'],
    note: 'LFI 2012 art. 55 (loi 2011-1977): 141–150 g 200 €, 151–155 g 500 €, 156–180 g 750 €, 181–190 g 1 300 €, 191–230 g 2 300 €, from 231 g 3 600 €.',
  }),
  bandGrid(2013, BANDS_2013, 6000, 201, {
    sourceIds: CGI_1011_BIS,
    note: 'LFI 2013 (loi 2012-1509): from 136 g 100 € … 191–200 g 5 000 €, above 200 g 6 000 €.',
  }),
  bandGrid(2014, BANDS_2014_2016, 8000, 201, {
    sourceIds: CGI_1011_BIS,
    validTo: '2015-12-31',
    note: 'LFI 2014 (loi 2013-1278): from 131 g 150 € … 191–200 g 6 500 €, above 200 g 8 000 €. Also 2015: the LFI 2015 left it unchanged.',
  }),
  bandGrid(2016, BANDS_2014_2016, 8000, 201, {
    sourceIds: ['S72', ...CGI_1011_BIS],
    note: 'The 2014 grid kept for 2016: the threshold stays at 131 g (S72); the text in force in 2016 was not read.',
  }),
]

// NEDC 2017–2018 table: 2018 is the 2017 grid moved 7 g down, plus 184 g = 10 290 € [S53][S52].
const NEDC_2017_2018 = [
  50, 53, 60, 73, 90, 113, 140, 173, 210, 253, 300, 353, 410, 473, 540, 613, 690, 773, 860, 953, 1050, 1153, 1260, 1373,
  1490, 1613, 1740, 1873, 2010, 2153, 2300, 2453, 2610, 2773, 2940, 3113, 3290, 3473, 3660, 3853, 4050, 4253, 4460,
  4673, 4890, 5113, 5340, 5573, 5810, 6053, 6300, 6553, 6810, 7073, 7340, 7613, 7890, 8173, 8460, 8753, 9050, 9353,
  9660, 9973,
]

// NEDC-correlated 2019 grid, 117…190 g: cheaper than 2018 from 123 g (−8 €) to 184 g (−1 830 €) [S54][S55].
const NEDC_2019 = [
  35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 113, 140, 173, 210, 253, 300, 353, 410, 473, 540, 613, 690, 773, 860,
  953, 1050, 1101, 1153, 1260, 1373, 1490, 1613, 1740, 1873, 2010, 2153, 2300, 2453, 2610, 2773, 2940, 3113, 3290, 3473,
  3660, 3756, 3853, 4050, 4253, 4460, 4673, 4890, 5113, 5340, 5573, 5810, 6053, 6300, 6553, 6810, 7073, 7340, 7613,
  7890, 8173, 8460, 8753, 9050, 9353, 9660, 9973, 10290,
]

// The 2020–2023 step table (NEDC 2.0 Jan–Feb 2020 and WLTP from 1 Mar 2020 to 2023), up to 2023's 225 g.
const STEPS_2020_2023 = [
  50, 75, 100, 125, 150, 170, 190, 210, 230, 240, 260, 280, 310, 330, 360, 400, 450, 540, 650, 740, 818, 898, 983, 1074,
  1172, 1276, 1386, 1504, 1629, 1761, 1901, 2049, 2205, 2370, 2544, 2726, 2918, 3119, 3331, 3552, 3784, 4026, 4279,
  4543, 4818, 5105, 5404, 5715, 6039, 6375, 6724, 7086, 7462, 7851, 8254, 8671, 9103, 9550, 10011, 10488, 10980, 11488,
  12012, 12552, 13109, 13682, 14273, 14881, 15506, 16149, 16810, 17490, 18188, 18905, 19641, 20396, 21171, 21966, 22781,
  23616, 24472, 25349, 26247, 27166, 28107, 29070, 30056, 31063, 32094, 33147, 34224, 35324, 36447, 37595, 38767, 39964,
  41185, 42431, 43703, 45000, 46323, 47672, 49047,
]

// The step table of the 2024, 2025 and 2026 grids (docs/import-rules.md, CO2 malus), up to 2026's 191 g.
const STEPS_2024_2026 = [
  50, 75, 100, 125, 150, 170, 190, 210, 230, 240, 260, 280, 310, 330, 360, 400, 450, 540, 650, 740, 818, 898, 983, 1074,
  1172, 1276, 1386, 1504, 1629, 1761, 1901, 2049, 2205, 2370, 2544, 2726, 2918, 3119, 3331, 3552, 3784, 4026, 4279,
  4543, 4818, 5105, 5404, 5715, 6126, 6637, 7248, 7959, 8770, 9681, 10692, 11803, 13014, 14325, 15736, 17247, 18858,
  20569, 22380, 24291, 26302, 28413, 30624, 32935, 35346, 37857, 40468, 43179, 45990, 48901, 51912, 55023, 58134, 61245,
  64356, 67467, 70578, 73689, 76800, 79911,
]

// As published for 2024 [S63][S64]: 167 g = 6 537 € (the 2025 and 2026 grids carry 6 637 € at that step).
const STEPS_2024 = STEPS_2024_2026.slice(0, 76).map((eur, i) => (i === 49 ? 6537 : eur))

// The banded grids come last so that existing rows keep their place in the admin's array.
export const co2Grids: Co2Grid[] = [
  {
    id: '2017-NEDC',
    year: 2017,
    kind: 'NEDC',
    validFrom: '2017-01-01',
    validTo: '2017-12-31',
    steps: steps(127, NEDC_2017_2018),
    capEur: 10000,
    capFromG: 191,
    sourceIds: ['S53', 'S52', 'S11'],
    note: '127 g = 50 € … 190 g = 9 973 €; 10 000 € above 190 g. Derived from the 2018 grid, which the sources describe as the 2017 grid moved 7 g down.',
  },
  {
    id: '2018-NEDC',
    year: 2018,
    kind: 'NEDC',
    validFrom: '2018-01-01',
    validTo: '2018-12-31',
    steps: steps(120, [...NEDC_2017_2018, 10290]),
    capEur: 10500,
    capFromG: 185,
    sourceIds: ['S52', 'S53', 'S13'],
    note: 'Complete 2018 column in S52; BOFiP checks 160 g = 4 050 € and 162 g = 4 460 €.',
  },
  {
    id: '2019-NEDC',
    year: 2019,
    kind: 'NEDC',
    validFrom: '2019-01-01',
    validTo: '2019-12-31',
    steps: steps(117, NEDC_2019),
    capEur: 10500,
    capFromG: 191,
    sourceIds: ['S54', 'S55'],
    note: 'NEDC-correlated values. 145 g = 1 101 € and 164 g = 3 756 € are the two steps the final text inserted.',
  },
  {
    id: '2020-NEDC',
    year: 2020,
    kind: 'NEDC',
    validFrom: '2020-01-01',
    validTo: '2020-02-29',
    steps: steps(110, STEPS_2020_2023.slice(0, 75)),
    capEur: 20000,
    capFromG: 185,
    sourceIds: ['S56', 'S57'],
    note: 'First registrations 1 Jan – 29 Feb 2020 (NEDC 2.0): 110 g = 50 € … 184 g = 19 641 €; 20 000 € above 184 g.',
  },
  {
    id: '2020-WLTP',
    year: 2020,
    kind: 'WLTP',
    validFrom: '2020-03-01',
    validTo: '2020-12-31',
    steps: steps(138, STEPS_2020_2023.slice(0, 75)),
    capEur: 20000,
    capFromG: 213,
    sourceIds: ['S58', 'S56'],
    note: 'First registrations from 1 Mar 2020: 138 g = 50 € … 212 g = 19 641 €; 20 000 € above 212 g.',
  },
  {
    id: '2021-WLTP',
    year: 2021,
    kind: 'WLTP',
    validFrom: '2021-01-01',
    validTo: '2021-12-31',
    steps: steps(133, STEPS_2020_2023.slice(0, 86)),
    capEur: 30000,
    capFromG: 219,
    sourceIds: ['S10', 'S59', 'S60'],
  },
  {
    id: '2022-WLTP',
    year: 2022,
    kind: 'WLTP',
    validFrom: '2022-01-01',
    validTo: '2022-12-31',
    steps: steps(128, STEPS_2020_2023.slice(0, 96)),
    capEur: 40000,
    capFromG: 224,
    capHalfPriceTtc: true,
    sourceIds: ['S60', 'S13', 'S62', 'S46'],
  },
  {
    id: '2023-WLTP',
    year: 2023,
    kind: 'WLTP',
    validFrom: '2023-01-01',
    validTo: '2023-12-31',
    steps: steps(123, STEPS_2020_2023),
    capEur: 50000,
    capFromG: 226,
    capHalfPriceTtc: true,
    sourceIds: ['S61', 'S64', 'S62'],
  },
  {
    id: '2024-WLTP',
    year: 2024,
    kind: 'WLTP',
    validFrom: '2024-01-01',
    validTo: '2025-02-28',
    steps: steps(118, STEPS_2024),
    capEur: 60000,
    capFromG: 194,
    sourceIds: ['S63', 'S64', 'S1', 'S6b'],
    note: 'Also first registrations of Jan–Feb 2025. Service-public: 60 000 € "for more than 193 g" (another reading said from 195 g).',
  },
  {
    id: '2025-WLTP',
    year: 2025,
    kind: 'WLTP',
    validFrom: '2025-03-01',
    validTo: '2025-12-31',
    steps: steps(113, STEPS_2024_2026.slice(0, 80)),
    capEur: 70000,
    capFromG: 193,
    sourceIds: ['S1', 'S3', 'S6b'],
  },
  {
    id: '2026-WLTP',
    year: 2026,
    kind: 'WLTP',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    steps: steps(108, STEPS_2024_2026),
    capEur: 80000,
    capFromG: 192,
    sourceIds: ['S2', 'S2b'],
  },
  ...BAND_GRIDS,
]

import type { FiscalHpGrid } from '../../../domain/importRules'

/**
 * The malus of a car without EU type approval, by fiscal horsepower, as CGI art. 1011 bis III b set it
 * each year (S71; to 2012 S69, 2012 also S70; CIBS L421-59 keeps the principle, S66). Kept in the seed
 * module until the import-rules global has a field for it (docs/import-rules.md, "Cars without EU type
 * approval"). No grid is held from 2016: the texts of those years were not read, and a car that needs one
 * is refused rather than guessed.
 */
export const fiscalHpGrids: FiscalHpGrid[] = [
  {
    id: '2008-CV',
    year: 2008,
    validFrom: '2008-01-01',
    validTo: '2011-12-31',
    bands: [
      { fromCv: 8, eur: 750 },
      { fromCv: 12, eur: 1600 },
      { fromCv: 17, eur: 2600 },
    ],
    sourceIds: ['S71', 'S69', 'S66'],
    note: 'LFR 2007 art. 63: up to 7 CV nothing, 8–11 CV 750 €, 12–16 CV 1 600 €, above 16 CV 2 600 €; unchanged until 2011.',
  },
  {
    id: '2012-CV',
    year: 2012,
    validFrom: '2012-01-01',
    validTo: '2012-12-31',
    bands: [
      { fromCv: 8, eur: 750 },
      { fromCv: 10, eur: 1300 },
      { fromCv: 12, eur: 2300 },
      { fromCv: 17, eur: 3600 },
    ],
    sourceIds: ['S71', 'S69', 'S70', 'S66'],
    note: 'LFI 2012 art. 55: 8–9 CV 750 €, 10–11 CV 1 300 €, 12–16 CV 2 300 €, above 16 CV 3 600 €.',
  },
  {
    id: '2013-CV',
    year: 2013,
    validFrom: '2013-01-01',
    validTo: '2013-12-31',
    bands: [
      { fromCv: 6, eur: 800 },
      { fromCv: 8, eur: 1400 },
      { fromCv: 10, eur: 2600 },
      { fromCv: 12, eur: 4600 },
      { fromCv: 17, eur: 6000 },
    ],
    sourceIds: ['S71', 'S66'],
    note: 'LFI 2013: up to 5 CV nothing, 6–7 CV 800 €, 8–9 CV 1 400 €, 10–11 CV 2 600 €, 12–16 CV 4 600 €, above 16 CV 6 000 €.',
  },
  {
    id: '2014-CV',
    year: 2014,
    validFrom: '2014-01-01',
    validTo: '2015-12-31',
    bands: [
      { fromCv: 6, eur: 1500 },
      { fromCv: 8, eur: 2000 },
      { fromCv: 10, eur: 3600 },
      { fromCv: 12, eur: 6000 },
      { fromCv: 17, eur: 8000 },
    ],
    sourceIds: ['S71', 'S66'],
    note: 'LFI 2014: 6–7 CV 1 500 €, 8–9 CV 2 000 €, 10–11 CV 3 600 €, 12–16 CV 6 000 €, above 16 CV 8 000 €; the LFI 2015 left it unchanged.',
  },
]

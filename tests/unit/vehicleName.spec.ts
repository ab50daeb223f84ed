import { describe, expect, it } from 'vitest'

import {
  englishModelName,
  modelIn,
  searchWords,
  trimIn,
  vehicleLabelIn,
  vehicleName,
  vehicleSearchText,
  withPowerUnit,
} from '@/domain/vehicleName'

const m3 = { make: 'BMW', model: 'M3 (E30)', trim: '2.3 195 ch' }
const series3 = { make: 'BMW', model: 'Série 3', trim: 'M340i xDrive', modelName: '3 Series' }

describe('a vehicle named in the reader’s language', () => {
  it('writes the power of a trim in the language’s unit, the same number', () => {
    expect(trimIn(m3, 'en')).toBe('2.3 195 hp')
    expect(trimIn(m3, 'fr')).toBe('2.3 195 ch')
    expect(withPowerUnit('GT 374hp', 'fr')).toBe('GT 374 ch')
    expect(withPowerUnit('GT 374\u00a0bhp', 'en')).toBe('GT 374 hp')
    // Only a unit after a number: names that merely contain the letters stay as they are.
    expect(withPowerUnit('4 Cross Turismo', 'en')).toBe('4 Cross Turismo')
    expect(withPowerUnit('Chevrolet Corvette Stingray 3LT', 'en')).toBe('Chevrolet Corvette Stingray 3LT')
    expect(withPowerUnit('195 chevaux', 'en')).toBe('195 chevaux')
  })

  it('uses the localized display name when there is one, the canonical model otherwise', () => {
    expect(vehicleName(series3, 'en')).toBe('BMW 3 Series M340i xDrive')
    expect(vehicleName({ ...series3, modelName: null }, 'fr')).toBe('BMW Série 3 M340i xDrive')
    expect(modelIn({ model: 'Golf', modelName: '  ' })).toBe('Golf')
    expect(trimIn({ trim: 'Grande Autonomie AWD', trimName: 'Long Range AWD' }, 'en')).toBe('Long Range AWD')
    expect(vehicleName(m3, 'en')).toBe('BMW M3 (E30) 2.3 195 hp')
    expect(vehicleName({ make: 'Porsche', model: '911' }, 'fr')).toBe('Porsche 911')
  })

  it('names French-market models in English', () => {
    expect(englishModelName('Série 3')).toBe('3 Series')
    expect(englishModelName('Serie 5')).toBe('5 Series')
    expect(englishModelName('Classe C')).toBe('C-Class')
    expect(englishModelName('Classe GLE')).toBe('GLE-Class')
    expect(englishModelName('Golf')).toBeNull()
    expect(englishModelName('Série 3 Touring')).toBeNull()
  })

  it('picks the snapshot in the reader’s language, the French one when there is no other', () => {
    const quote = { vehicleLabel: 'BMW Série 3 320d · 2021', vehicleLabelEn: 'BMW 3 Series 320d · 2021' }
    expect(vehicleLabelIn(quote, 'en')).toBe('BMW 3 Series 320d · 2021')
    expect(vehicleLabelIn(quote, 'fr')).toBe('BMW Série 3 320d · 2021')
    expect(vehicleLabelIn({ vehicleLabel: 'Porsche 911 · 2019', vehicleLabelEn: null }, 'en')).toBe(
      'Porsche 911 · 2019',
    )
    expect(vehicleLabelIn({}, 'fr')).toBeNull()
  })
})

describe('the text the storefront search matches', () => {
  it('holds every language’s names and both power units, folded, each word once', () => {
    const text = vehicleSearchText({ make: 'BMW', model: 'Série 3', trim: '2.3 195 ch' }, [
      { modelName: '3 Series' },
      { modelName: null, trimName: null },
    ])
    expect(text.split(' ')).toEqual(['bmw', 'serie', '3', '2.3', '195', 'ch', 'hp', 'series'])
  })

  it('folds what visitors type the same way, so accents and case never matter', () => {
    expect(searchWords('  SÉRIE   3 série ', 8)).toEqual(['serie', '3'])
    expect(searchWords('a b c d e f g h i j', 8)).toHaveLength(8)
    const text = vehicleSearchText({ make: 'Škoda', model: 'Octavia Combi' }, [{ modelName: 'Octavia Estate' }])
    for (const word of searchWords('skoda octavia estate', 8)) expect(text).toContain(word)
  })
})

import type { RegionCode } from '@/domain/regions'
import type { Vehicle } from '@/payload-types'

type Country = Vehicle['originCountry']

export const SHOWROOM = {
  name: 'Autoport Lyon — showroom et atelier',
  address: '27 rue de Gerland',
  postcode: '69007',
  city: 'Lyon',
  country: 'FR' as const,
  lat: 45.7327,
  lng: 4.8302,
  phone: '+33 4 78 00 12 34',
  email: 'contact@autoport.test',
}

export type SellerPlace = {
  city: string
  country: Country
  postcode: string
  lat: number
  lng: number
  streets: string[]
  /** Dealers we buy from there. */
  dealers: string[]
}

/** Where the cars wait for us: the sellers' cities, with real coordinates. */
export const SELLER_PLACES: Record<string, SellerPlace> = {
  munich: { city: 'Munich', country: 'DE', postcode: '80807', lat: 48.1372, lng: 11.5756, streets: ['Leopoldstraße 112', 'Landsberger Straße 290', 'Frankfurter Ring 81'], dealers: ['Autohaus Isartal', 'Premium Cars München', 'Sternpartner Schwabing'] },
  stuttgart: { city: 'Stuttgart', country: 'DE', postcode: '70372', lat: 48.7758, lng: 9.1829, streets: ['Mercedesstraße 120', 'Heilbronner Straße 340', 'Porschestraße 12'], dealers: ['Zentrum Stuttgart Automobile', 'Neckar Sportwagen', 'Autohaus Killesberg'] },
  berlin: { city: 'Berlin', country: 'DE', postcode: '10553', lat: 52.52, lng: 13.405, streets: ['Huttenstraße 41', 'Sachsendamm 2', 'Holzhauser Straße 160'], dealers: ['Spree Automobile', 'Autohaus Charlottenburg'] },
  hamburg: { city: 'Hamburg', country: 'DE', postcode: '22525', lat: 53.5511, lng: 9.9937, streets: ['Kieler Straße 301', 'Friedrich-Ebert-Damm 124'], dealers: ['Hanse Automobile', 'Elbe Premium Cars'] },
  dusseldorf: { city: 'Düsseldorf', country: 'DE', postcode: '40231', lat: 51.2277, lng: 6.7735, streets: ['Höherweg 100', 'Königsallee 30'], dealers: ['Rheinland Automobile'] },
  antwerp: { city: 'Anvers', country: 'BE', postcode: '2000', lat: 51.2194, lng: 4.4025, streets: ['Noorderlaan 96', 'Boomsesteenweg 650'], dealers: ['Scheldt Cars', 'Antwerp Premium Motors'] },
  brussels: { city: 'Bruxelles', country: 'BE', postcode: '1070', lat: 50.8503, lng: 4.3517, streets: ['Boulevard Industriel 21', 'Chaussée de Louvain 602'], dealers: ['Brussels Auto Center', 'Garage de la Cambre'] },
  rotterdam: { city: 'Rotterdam', country: 'NL', postcode: '3089', lat: 51.9244, lng: 4.4777, streets: ['Waalhaven Zuidzijde 23', 'Kleinpolderplein 5'], dealers: ['Maasstad Auto', 'Rotterdam Car Export'] },
  amsterdam: { city: 'Amsterdam', country: 'NL', postcode: '1043', lat: 52.3676, lng: 4.9041, streets: ['Klaprozenweg 75', 'Naritaweg 1'], dealers: ['Amstel Automotive'] },
  luxembourg: { city: 'Luxembourg', country: 'LU', postcode: '1882', lat: 49.6116, lng: 6.1319, streets: ['Route d’Arlon 190', 'Rue Guillaume Kroll 12'], dealers: ['Grand-Duché Automobiles'] },
  milan: { city: 'Milan', country: 'IT', postcode: '20138', lat: 45.4642, lng: 9.19, streets: ['Viale Forlanini 23', 'Via Gallarate 199'], dealers: ['Autoeuropa Milano', 'Lombardia Sport Cars'] },
  turin: { city: 'Turin', country: 'IT', postcode: '10135', lat: 45.0703, lng: 7.6869, streets: ['Corso Agnelli 200'], dealers: ['Torino Motori'] },
  barcelona: { city: 'Barcelone', country: 'ES', postcode: '08038', lat: 41.3874, lng: 2.1686, streets: ['Carrer de la Zona Franca 64', 'Avinguda Diagonal 640'], dealers: ['Catalunya Motor', 'Barcelona Premium'] },
  madrid: { city: 'Madrid', country: 'ES', postcode: '28050', lat: 40.4168, lng: -3.7038, streets: ['Calle de Alcalá 520'], dealers: ['Castellana Automóviles'] },
  vienna: { city: 'Vienne', country: 'AT', postcode: '1230', lat: 48.2082, lng: 16.3738, streets: ['Triester Straße 14', 'Brunner Straße 71'], dealers: ['Wiener Automobil Handel'] },
  salzburg: { city: 'Salzbourg', country: 'AT', postcode: '5020', lat: 47.8095, lng: 13.055, streets: ['Alpenstraße 48'], dealers: ['Autohaus Salzach'] },
  gothenburg: { city: 'Göteborg', country: 'SE', postcode: '41755', lat: 57.7089, lng: 11.9746, streets: ['Lindholmsallén 10'], dealers: ['Västkust Bil'] },
  prague: { city: 'Prague', country: 'CZ', postcode: '15000', lat: 50.0755, lng: 14.4378, streets: ['Radlická 117'], dealers: ['Vltava Auto'] },
  yokohama: { city: 'Yokohama', country: 'JP', postcode: '221-0052', lat: 35.4437, lng: 139.638, streets: ['Daikoku Futo 10', 'Kanagawa-ku Sakaecho 3'], dealers: ['Yokohama Auto Export', 'Bayside Motors Japan'] },
  tokyo: { city: 'Tokyo', country: 'JP', postcode: '135-0064', lat: 35.6762, lng: 139.6503, streets: ['Koto-ku Aomi 2-7', 'Setagaya Tamagawa 3-12'], dealers: ['Tokyo Classic Garage', 'Odaiba Car Trade'] },
  osaka: { city: 'Osaka', country: 'JP', postcode: '559-0034', lat: 34.6937, lng: 135.5023, streets: ['Suminoe-ku Nankokita 1'], dealers: ['Kansai Auto Trading'] },
  nagoya: { city: 'Nagoya', country: 'JP', postcode: '455-0032', lat: 35.1815, lng: 136.9066, streets: ['Minato-ku Irifune 1'], dealers: ['Chubu Car Export'] },
  losAngeles: { city: 'Los Angeles', country: 'US', postcode: '90061', lat: 34.0522, lng: -118.2437, streets: ['S Figueroa St 1900', 'W Olympic Blvd 8400'], dealers: ['Pacific Coast Motors', 'LA Classic Car Export'] },
  miami: { city: 'Miami', country: 'US', postcode: '33166', lat: 25.7617, lng: -80.1918, streets: ['NW 36th St 7200'], dealers: ['Sunshine Auto Export'] },
  newJersey: { city: 'Newark', country: 'US', postcode: '07114', lat: 40.7357, lng: -74.1724, streets: ['Port Street 333'], dealers: ['East Coast Vehicle Export'] },
  houston: { city: 'Houston', country: 'US', postcode: '77029', lat: 29.7604, lng: -95.3698, streets: ['Clinton Dr 7500'], dealers: ['Lone Star Trucks'] },
  southampton: { city: 'Southampton', country: 'GB', postcode: 'SO15 1HJ', lat: 50.9097, lng: -1.4044, streets: ['Western Docks, Berth 105', 'Millbrook Road East 12'], dealers: ['Solent Motor Exports', 'Hampshire 4x4'] },
  london: { city: 'Londres', country: 'GB', postcode: 'W6 9RH', lat: 51.5072, lng: -0.1276, streets: ['King Street 210', 'Western Avenue 500'], dealers: ['Thames Prestige Cars'] },
  shanghai: { city: 'Shanghai', country: 'CN', postcode: '201206', lat: 31.2304, lng: 121.4737, streets: ['Pudong Jinqiao Road 1200', 'Lingang Avenue 88'], dealers: ['Shanghai EV Export', 'Yangtze Auto Trading'] },
  shenzhen: { city: 'Shenzhen', country: 'CN', postcode: '518083', lat: 22.5431, lng: 114.0579, streets: ['Yantian Port Road 1'], dealers: ['Pearl River Motors'] },
  incheon: { city: 'Incheon', country: 'KR', postcode: '22382', lat: 37.4563, lng: 126.7052, streets: ['Songdo Harbor-ro 20'], dealers: ['Incheon Auto Export'] },
}

/** Where our customers live: each French region, with a real postcode. */
export const CUSTOMER_CITIES: { city: string; postcode: string; region: RegionCode; streets: string[] }[] = [
  { city: 'Lyon', postcode: '69003', region: 'ARA', streets: ['12 rue Paul Bert', '45 cours Lafayette', '8 rue Garibaldi'] },
  { city: 'Grenoble', postcode: '38000', region: 'ARA', streets: ['3 place Grenette', '21 avenue Alsace-Lorraine'] },
  { city: 'Annecy', postcode: '74000', region: 'ARA', streets: ['9 rue Royale'] },
  { city: 'Paris', postcode: '75011', region: 'IDF', streets: ['18 rue Oberkampf', '102 boulevard Voltaire', '5 rue de la Roquette'] },
  { city: 'Versailles', postcode: '78000', region: 'IDF', streets: ['27 avenue de Paris'] },
  { city: 'Boulogne-Billancourt', postcode: '92100', region: 'IDF', streets: ['64 route de la Reine'] },
  { city: 'Bordeaux', postcode: '33000', region: 'NAQ', streets: ['14 cours de l’Intendance', '3 quai des Chartrons'] },
  { city: 'Toulouse', postcode: '31000', region: 'OCC', streets: ['7 rue d’Alsace-Lorraine', '22 allée Jean Jaurès'] },
  { city: 'Montpellier', postcode: '34000', region: 'OCC', streets: ['11 rue Foch'] },
  { city: 'Marseille', postcode: '13006', region: 'PAC', streets: ['40 rue Paradis', '5 boulevard Notre-Dame'] },
  { city: 'Nice', postcode: '06000', region: 'PAC', streets: ['15 avenue Jean Médecin'] },
  { city: 'Nantes', postcode: '44000', region: 'PDL', streets: ['6 rue Crébillon', '31 quai de la Fosse'] },
  { city: 'Rennes', postcode: '35000', region: 'BRE', streets: ['2 rue Saint-Malo', '19 boulevard de la Liberté'] },
  { city: 'Lille', postcode: '59000', region: 'HDF', streets: ['25 rue Esquermoise', '8 rue Nationale'] },
  { city: 'Strasbourg', postcode: '67000', region: 'GES', streets: ['4 rue des Hallebardes', '17 quai Kléber'] },
  { city: 'Dijon', postcode: '21000', region: 'BFC', streets: ['10 rue de la Liberté'] },
  { city: 'Orléans', postcode: '45000', region: 'CVL', streets: ['33 rue de Bourgogne'] },
  { city: 'Rouen', postcode: '76000', region: 'NOR', streets: ['21 rue du Gros-Horloge'] },
  { city: 'Ajaccio', postcode: '20000', region: 'COR', streets: ['6 cours Napoléon'] },
]

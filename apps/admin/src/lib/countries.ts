/**
 * Every ISO 3166-1 alpha-2 country code, named in English by the browser (`Intl.DisplayNames`), sorted by name.
 * Shipping zones and tax rates pick from it; the code is what the API stores.
 */
const codes =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
  'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
  'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
  'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
  'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
  'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

export interface Country {
  code: string;
  name: string;
}

function countryNamer(): (code: string) => string {
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}

const nameOf = countryNamer();

export const countries: readonly Country[] = codes
  .split(' ')
  .map((code) => ({ code, name: nameOf(code) }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const byCode = new Map(countries.map((country) => [country.code, country.name]));

/** "FR" → "France"; an unknown code is shown as it is. */
export function countryName(code: string): string {
  return byCode.get(code) ?? code;
}

/** Countries whose name or code contains `text` (case- and accent-insensitive). */
export function searchCountries(text: string, list: readonly Country[] = countries): Country[] {
  const needle = fold(text.trim());
  if (!needle) return [...list];
  return list.filter(
    (country) => fold(country.name).includes(needle) || country.code.toLowerCase() === needle,
  );
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

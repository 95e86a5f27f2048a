import type { Detection } from '../deid.types';
import { scanLastGroup } from '../regex-scan.util';

/** Capitals and small letters of Spanish, Portuguese, French and German place names. */
const UPPER = 'A-ZÁÉÍÓÚÑÇÃÕÂÊÔÀÈÄÖÜ';
const LOWER = 'a-záéíóúñçãõâêôàèäöüß';
const PLACE_WORD = String.raw`[${UPPER}][${LOWER}]+`;
const LINK_WORD = String.raw`(?:de|del|la|las|los|da|das|do|dos|du|des|di|della|le)`;
/** A town or district of one to three words, with "de", "do" and the like between ("Rio de Janeiro"). */
const PLACE = String.raw`${PLACE_WORD}(?:\s(?:${LINK_WORD}\s)?${PLACE_WORD}){0,2}`;
/**
 * A town only where the clause ends after it, or a postcode, a state or a joining word follows: "Calle Mayor 3, Dolor
 * torácico desde ayer" keeps its complaint.
 */
const PLACE_THEN_END = String.raw`${PLACE}(?=$|[.,;:)\n]|\s(?:\d|-|(?:with|and|for|since|who|where|y|con|e|com|et|und)\b))`;

/**
 * One comma-led part after a street: a flat or floor, a district, a postcode (and town: Dutch "1017 DK Amsterdam", Swedish
 * "111 23 Stockholm"), a town (and state or postcode).
 */
const TAIL_PART = String.raw`,\s{1,2}(?:(?:apto|apt|depto|dpto|piso|int|interior|Brgy|Bgy)\.?\s?\d{1,4}[A-Za-z]?|\d{1,3}[º°ª]\s?[A-Z]?|(?:Col|Colonia|Bairro|Barrio|Urb|Brgy|Bgy|Barangay)\.?\s${PLACE}|\d{4}\s[A-Z]{2}\s${PLACE}|(?:\d{4,5}(?:-\d{3})?|\d{3}\s\d{2})(?:\s(?:[A-Z]{2,5}\b|${PLACE}))?|${PLACE_THEN_END}(?:\s-\s[A-Z]{2}\b)?(?:\s\d{4,6}(?!\d))?)`;

/**
 * Spanish and Portuguese street words that open an address, with a name ("Calle de Alcalá 145", "Rua das Laranjeiras
 * 245"), or a Colombian grid street with its crossing ("Carrera 7 # 72-64"); "Avenida 3 dias" stays.
 */
const IBERIAN_STREET = String.raw`(?:(?:Calle|Avenida|Av\.|Avda\.|Rua|Carrera|Cra\.|Calzada|Paseo|Jirón|Jr\.|Travessa|Alameda|Estrada)(?:\s(?:${LINK_WORD}\s){0,2}${PLACE_WORD}){1,4}\s(?:#\s?)?\d{1,5}[A-Za-z]?(?:-\d{1,4})?|(?:Calle|Carrera|Cra\.|Avenida|Av\.|Diagonal|Transversal)\s\d{1,3}[A-Z]?\s?#\s?\d{1,3}[A-Z]?-\d{1,3})`;
/** A German street in one word with its number ("Hauptstraße 12", "Lindengasse 4a"). */
const GERMAN_STREET = String.raw`[${UPPER}][${LOWER}]+(?:straße|strasse|gasse|allee|platz|weg|straat|laan|gracht|plein|kade|gatan|vägen|gränd|gade|vej)\s\d{1,4}[a-z]?`;
/** A French or Belgian street after its number ("7 Rue de la Paix", "12 bis Avenue Louise"). */
const FRENCH_STREET = String.raw`\d{1,4}(?:\s(?:bis|ter))?,?\s(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai)(?:\s(?:de\s|du\s|des\s|la\s|le\s|d'|l')*${PLACE_WORD}){1,4}`;

/** A numbered English street with comma-led parts after it ("78 Mabini St., Brgy. 5, Batangas City 4200"). */
const ENGLISH_STREET_WITH_TOWNS = new RegExp(
  String.raw`(?<![\w])(\d{1,4}[A-Z]?\s(?:${PLACE_WORD}\s){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Lane|Ln)\.?(?:${TAIL_PART}){1,5})`,
  'g',
);
const WORLD_STREET_ADDRESS = new RegExp(String.raw`(?<![\w${LOWER}])((?:${IBERIAN_STREET}|${GERMAN_STREET}|${FRENCH_STREET})(?:${TAIL_PART}){0,5})`, 'g');
/** Literals of which every street above holds one: without any, the scan is skipped. */
const STREET_WORDS = [
  'Calle',
  'Av',
  'Rua',
  'Carrera',
  'Cra.',
  'Calzada',
  'Paseo',
  'Jir',
  'Jr.',
  'Travessa',
  'Alameda',
  'Estrada',
  'Diagonal',
  'Transversal',
  'stra',
  'gasse',
  'allee',
  'platz',
  'weg',
  'straat',
  'laan',
  'gracht',
  'plein',
  'kade',
  'gatan',
  'vägen',
  'gränd',
  'gade',
  'vej',
  'rue',
  'avenue',
  'boulevard',
  'place',
  'chemin',
  'quai',
  'Rue',
  'Boulevard',
  'Place',
  'Chemin',
  'All',
  'Impasse',
  'Quai',
];
/** Comma-led parts after an address another rule found; taken only when they end in a postcode or a "City". */
const TOWN_AND_POSTCODE_TAIL = new RegExp(String.raw`^(?:\.?(?:${TAIL_PART}){1,4}|\s\d{6}(?!\d))`);
const ENDS_IN_POSTCODE_OR_CITY = /(?:\d{4,6}(?:-\d{3})?|\bCity)$/;

/** Street addresses written the Spanish, Portuguese, German and French way, with their flat, district, postcode and town. */
export function scanWorldStreetAddresses(text: string): Detection[] {
  return [
    ...scanLastGroup({
      text,
      regex: ENGLISH_STREET_WITH_TOWNS,
      type: 'address',
      priority: 51,
      accept: (value) => ENDS_IN_POSTCODE_OR_CITY.test(value),
      needsAny: [', '],
    }),
    ...scanLastGroup({ text, regex: WORLD_STREET_ADDRESS, type: 'address', priority: 51, needsAny: STREET_WORDS }),
  ];
}

/**
 * A street address that another rule ended at its street ("12B Lake Road", "41 Jan Smuts Ave") takes the suburb, town
 * and postcode written after it ("…, Parktown, Johannesburg 2193", "…, Kolkata 700029"); only when the parts end in a
 * postcode or a "City", so a capitalised word that opens the next clause stays.
 */
export function extendIntoTownAndPostcode(text: string, detections: Detection[]): Detection[] {
  return detections.map((detection) => {
    if (detection.type !== 'address') return detection;
    const tail = TOWN_AND_POSTCODE_TAIL.exec(text.slice(detection.end, detection.end + 160))?.[0];
    if (!tail || !ENDS_IN_POSTCODE_OR_CITY.test(tail)) return detection;
    return { ...detection, end: detection.end + tail.length };
  });
}

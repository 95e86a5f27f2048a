/**
 * Full names of the first-level regions (states, provinces, territories) that notes write after a town: "Dayton, Ohio",
 * "Guntur, Andhra Pradesh", "Muar, Johor". A region itself is larger than Safe Harbor's smallest geographic unit and
 * stays; the town before it goes. Sources: the US Census Bureau's list of states (and DC); Canada's provinces and
 * territories; Australia's states and territories; the First Schedule of the Constitution of India (states and union
 * territories); the Federal Constitution of Malaysia (states and federal territories); the Philippines' regions as
 * the PSA names them are left out (notes write provinces instead, which are smaller).
 */
const US = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana
  Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada
  New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island
  South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming`;
const CANADA = `Alberta British_Columbia Manitoba New_Brunswick Newfoundland Nova_Scotia Ontario Prince_Edward_Island Quebec Québec
  Saskatchewan Yukon Nunavut Northwest_Territories`;
const AUSTRALIA = `New_South_Wales Queensland South_Australia Tasmania Victoria Western_Australia Northern_Territory`;
const INDIA = `Andhra_Pradesh Arunachal_Pradesh Assam Bihar Chhattisgarh Goa Gujarat Haryana Himachal_Pradesh Jharkhand Karnataka
  Kerala Madhya_Pradesh Maharashtra Manipur Meghalaya Mizoram Nagaland Odisha Punjab Rajasthan Sikkim Tamil_Nadu Telangana
  Tripura Uttar_Pradesh Uttarakhand West_Bengal`;
const MALAYSIA = `Johor Kedah Kelantan Melaka Malacca Negeri_Sembilan Pahang Penang Pulau_Pinang Perak Perlis Sabah Sarawak Selangor
  Terengganu`;

/** The names as one alternation, longest first so "West Virginia" wins over "Virginia". */
export const REGION_NAMES = [US, CANADA, AUSTRALIA, INDIA, MALAYSIA]
  .flatMap((list) => list.split(/\s+/).filter(Boolean))
  .map((name) => name.replace(/_/g, ' '))
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * Postal abbreviations of the states and provinces an English address ends with, as alternations for patterns.
 * Sources: USPS Publication 28, Appendix B (states and DC); Canada Post's province and territory symbols; Australia
 * Post's state and territory abbreviations (with the mixed-case forms written in notes).
 */
export const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
export const CANADIAN_PROVINCES = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';
export const AU_STATES = 'NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT';

import type { Detection, DetectionContext, PhiDetector, PhiType } from '../deid.types';

/**
 * HL7 version 2 messages pasted into a note or exported from an interface engine (ADT, ORU, ORM): every identifier sits
 * in a numbered field whose meaning the standard fixes, so the fields are read by number, not by shape. A name in PID-5
 * is a name although it is written "OKONKWO^CHIDINMA" in capitals with no title, and an address in PID-11 is one
 * whatever the country. Field numbers and data types follow HL7 v2.5.1 (chapter 2 data types XPN, XAD, XTN, XCN, CX,
 * PL, HD; chapter 3 segments MSH, PID, NK1, PV1, GT1, IN1; chapter 4 ORC, OBR; chapter 7 OBX). The message's own
 * coding (sex, message type, identifier type codes, states and countries) stays: it identifies no one.
 */
const PRIORITY = 65;
/** A segment opens a line; HL7 ends segments with a carriage return, files and notes with line feeds, pasted ones indented. */
const SEGMENT_LINE = /(?:^|[\r\n])[ \t]*((MSH|EVN|PID|PD1|NK1|PV1|PV2|GT1|IN1|IN2|ORC|OBR|OBX|MRG|ROL|DG1|AL1|TXA|SCH|AIP)\|[^\r\n]*)/g;
const ANY_SEGMENT = /(?:^|[\r\n])[ \t]*(?:MSH|PID|PV1|NK1|OBR|ORC)\|/;
/** Results verified by the analyser or an interface: the observer field names a program, not a person. */
const NO_PERSON_ID = /^(?:AUTO|AUTOVERIFY|SYSTEM|INTERFACE|LIS|HIS)$/i;
/** Words of a program's name written in an operator's name components: "Interface^Engine", "Front^Desk". */
const SYSTEM_WORD =
  /^(?:interface|engine|system|feed|batch|auto|automatic|registration|front|desk|admin|administrator|service|integration|import|export|job|server|user|test)$/i;

/** Fields read by their HL7 data type; any other field is one identifier of the class named. */
const FIELD_READINGS = ['org-hd', 'timestamp', 'identifiers', 'person-name', 'birth-date', 'address', 'telecom', 'clinician', 'operator', 'location'] as const;
type FieldReading = (typeof FIELD_READINGS)[number];
type FieldKind = FieldReading | PhiType;
const isFieldReading = (kind: FieldKind): kind is FieldReading => (FIELD_READINGS as readonly string[]).includes(kind);

/** The fields read per segment, by field number (MSH counts its field separator as MSH-1). */
const SEGMENT_FIELDS: Readonly<Record<string, Readonly<Record<number, FieldKind>>>> = {
  MSH: { 4: 'org-hd', 6: 'org-hd', 7: 'timestamp' },
  PID: {
    2: 'identifiers',
    3: 'identifiers',
    4: 'identifiers',
    5: 'person-name',
    6: 'person-name',
    7: 'birth-date',
    9: 'person-name',
    11: 'address',
    13: 'telecom',
    14: 'telecom',
    18: 'account',
    19: 'social-security',
    20: 'license',
    21: 'identifiers',
    29: 'timestamp',
  },
  // EVN-5: the operator who keyed the event (XCN), as an ID and a name where a person's name is written.
  EVN: { 2: 'timestamp', 5: 'operator', 6: 'timestamp' },
  PD1: { 4: 'clinician' },
  NK1: { 2: 'person-name', 4: 'address', 5: 'telecom', 6: 'telecom', 30: 'person-name', 31: 'telecom', 32: 'address' },
  PV1: { 3: 'location', 6: 'location', 7: 'clinician', 8: 'clinician', 9: 'clinician', 17: 'clinician', 19: 'other-id', 44: 'timestamp', 45: 'timestamp' },
  PV2: { 8: 'timestamp', 9: 'timestamp' },
  GT1: {
    2: 'identifiers',
    3: 'person-name',
    5: 'address',
    6: 'telecom',
    7: 'telecom',
    8: 'birth-date',
    12: 'social-security',
    16: 'person-name',
    17: 'address',
    18: 'telecom',
  },
  IN1: {
    4: 'person-name',
    5: 'address',
    6: 'person-name',
    7: 'telecom',
    8: 'other-id',
    16: 'person-name',
    18: 'birth-date',
    19: 'address',
    36: 'other-id',
    49: 'identifiers',
  },
  IN2: { 2: 'social-security' },
  ORC: { 9: 'timestamp', 10: 'clinician', 11: 'clinician', 12: 'clinician', 15: 'timestamp', 21: 'org-hd', 22: 'address', 23: 'telecom', 24: 'address' },
  OBR: {
    6: 'timestamp',
    7: 'timestamp',
    8: 'timestamp',
    14: 'timestamp',
    16: 'clinician',
    17: 'telecom',
    22: 'timestamp',
    28: 'clinician',
    32: 'clinician',
    34: 'clinician',
  },
  OBX: { 14: 'timestamp', 16: 'clinician', 19: 'timestamp', 23: 'org-hd', 24: 'address', 25: 'clinician' },
  MRG: { 1: 'identifiers', 3: 'identifiers', 5: 'other-id', 7: 'person-name' },
  ROL: { 4: 'clinician', 11: 'address', 12: 'telecom' },
  DG1: { 5: 'timestamp', 16: 'clinician' },
  AL1: { 6: 'timestamp' },
  TXA: { 4: 'timestamp', 5: 'clinician', 9: 'clinician', 10: 'clinician', 22: 'clinician' },
  SCH: { 12: 'clinician', 16: 'clinician', 20: 'clinician' },
  AIP: { 3: 'clinician', 6: 'timestamp' },
};

/** CX-5 identifier type codes (HL7 table 0203) that say which kind of number; any other is the record's own number. */
const IDENTIFIER_TYPES: Readonly<Record<string, PhiType>> = {
  SS: 'social-security',
  SSN: 'social-security',
  SN: 'social-security',
  NI: 'id-card',
  NNxxx: 'id-card',
  DL: 'license',
  PPN: 'passport',
  AN: 'account',
  AND: 'account',
  BA: 'account',
  BC: 'bank-card',
  HC: 'other-id',
  JHN: 'other-id',
  MC: 'other-id',
  MA: 'other-id',
  MB: 'other-id',
  VN: 'other-id',
  EN: 'other-id',
  LN: 'license',
  MD: 'license',
  NPI: 'license',
  DEA: 'license',
};

interface Piece {
  readonly value: string;
  readonly start: number;
}

/** Splits `piece` at `separator`, keeping each part's offset in the text. */
function split(piece: Piece, separator: string): Piece[] {
  const parts: Piece[] = [];
  let start = 0;
  for (const value of piece.value.split(separator)) {
    parts.push({ value, start: piece.start + start });
    start += value.length + separator.length;
  }
  return parts;
}

/** What a component holds once HL7's empty and "delete" markers ("", \"\") are set aside. */
const hasContent = (piece: Piece | undefined): piece is Piece => piece !== undefined && piece.value.trim() !== '' && piece.value !== '""';

function push(detections: Detection[], type: PhiType, piece: Piece | undefined, from = 0, to?: number): void {
  if (!hasContent(piece)) return;
  const end = to === undefined ? piece.value.length : to;
  if (end <= from) return;
  detections.push({ type, start: piece.start + from, end: piece.start + end, priority: PRIORITY });
}

/**
 * A person's name components as one span, from the first that holds something to the last ("RODRIGUEZ^MARIA^ISABEL"):
 * the carets between them are part of how the name is written, and a span per component would leave them behind.
 */
function pushName(detections: Detection[], components: readonly Piece[]): void {
  const parts = components.map((component) => split(component, '&')[0]).filter((part): part is Piece => hasContent(part));
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return;
  detections.push({ type: 'name', start: first.start, end: last.start + last.value.length, priority: PRIORITY });
}

/** XCN: ID ^ family ^ given ^ further given names …: the ID and the name. */
function pushClinician(detections: Detection[], components: readonly Piece[]): void {
  push(detections, 'other-id', components[0]);
  pushName(detections, components.slice(1, 4));
}

/** A DTM value (YYYY[MM[DD[HHMM…]]]): the month, day and time; the whole date where the year of birth is more than 89 years back. */
function pushTimestamp(detections: Detection[], piece: Piece | undefined, birth: boolean, referenceYear: number): void {
  if (!hasContent(piece) || !/^\d{6}/.test(piece.value)) return;
  const year = Number(piece.value.slice(0, 4));
  const end = /^[\dT.+-]+$/.test(piece.value) ? piece.value.length : 8;
  push(detections, 'date', piece, birth && referenceYear - year > 89 ? 0 : 4, end);
}

function readField(kind: FieldKind, field: Piece, detections: Detection[], referenceYear: number): void {
  for (const repetition of split(field, '~')) {
    const components = split(repetition, '^');
    if (!isFieldReading(kind)) {
      push(detections, kind, components[0]);
      continue;
    }
    switch (kind) {
      case 'org-hd':
        push(detections, 'organization', split(components[0] ?? repetition, '&')[0]);
        break;
      case 'timestamp':
      case 'birth-date':
        pushTimestamp(detections, components[0], kind === 'birth-date', referenceYear);
        break;
      case 'identifiers': {
        // CX: ID ^ check digit ^ check scheme ^ assigning authority ^ identifier type code.
        const typeCode = components[4]?.value.trim() ?? '';
        const type = IDENTIFIER_TYPES[typeCode] ?? (/^NN[A-Z]{3}$/.test(typeCode) ? 'id-card' : 'mrn');
        push(detections, type, components[0]);
        // The authority that assigned a record number is the hospital (HZXRMYY); a national number's (SSA) names no one's.
        const authority = split(components[3] ?? { value: '', start: 0 }, '&')[0];
        if (type === 'mrn' && authority && /^[A-Za-z][\w-]+$/.test(authority.value)) push(detections, 'organization', authority);
        break;
      }
      case 'person-name':
        // XPN: family ^ given ^ further given names ^ suffix ^ prefix ^ degree; the suffix, prefix and degree name no one.
        pushName(detections, components.slice(0, 3));
        break;
      case 'clinician':
        if (!NO_PERSON_ID.test(components[0]?.value.trim() ?? '')) pushClinician(detections, components);
        break;
      case 'operator': {
        // An interface or a batch job keys events too (MIRTH, AUTO-DISCHARGE, ADTFEED^Interface^Engine): only an operator
        // with a family and a given name, neither a system word, is a person.
        const names = components.slice(1, 3);
        if (names.length === 2 && names.every(hasContent) && !names.some((part) => SYSTEM_WORD.test(part.value.trim()))) pushClinician(detections, components);
        break;
      }
      case 'address':
        // XAD: street ^ other designation ^ city ^ state ^ postal code ^ country; the state and the country stay.
        for (const index of [0, 1, 2, 4]) push(detections, 'address', split(components[index] ?? { value: '', start: 0 }, '&')[0]);
        break;
      case 'telecom': {
        // XTN: number (older messages) ^ use ^ equipment ^ e-mail ^ country ^ area ^ local number ^ extension.
        const number = components[0];
        if (number && /\d{3}/.test(number.value)) push(detections, 'phone', number);
        push(detections, 'email', components[3]);
        if (hasContent(components[5]) && hasContent(components[6])) {
          push(detections, 'phone', {
            value: repetition.value.slice(components[5].start - repetition.start, components[6].start - repetition.start + components[6].value.length),
            start: components[5].start,
          });
        } else push(detections, 'phone', components[6]);
        break;
      }
      case 'location': {
        // PL: point of care ^ room ^ bed: the room and the bed, as one place.
        const room = components[1];
        const bed = components[2];
        if (hasContent(room) && hasContent(bed))
          push(detections, 'bed', {
            value: repetition.value.slice(room.start - repetition.start, bed.start - repetition.start + bed.value.length),
            start: room.start,
          });
        else push(detections, 'bed', hasContent(bed) ? bed : room);
        break;
      }
    }
  }
}

export const hl7SegmentDetector: PhiDetector = {
  name: 'hl7-segment',
  detect(text: string, context?: DetectionContext): Detection[] {
    const detections: Detection[] = [];
    if (!text.includes('|') || !ANY_SEGMENT.test(text)) return detections;
    const referenceYear = context?.referenceYear ?? new Date().getFullYear();
    SEGMENT_LINE.lastIndex = 0;
    let line: RegExpExecArray | null;
    while ((line = SEGMENT_LINE.exec(text)) !== null) {
      const value = line[1] ?? '';
      const segment = line[2] ?? '';
      const fields = split({ value, start: line.index + line[0].length - value.length }, '|');
      // MSH-1 is the field separator itself, so MSH's field n is the (n-1)th piece after the segment name.
      const offset = segment === 'MSH' ? -1 : 0;
      for (const [number, kind] of Object.entries(SEGMENT_FIELDS[segment] ?? {})) {
        const field = fields[Number(number) + offset];
        if (field && hasContent(field)) readField(kind, field, detections, referenceYear);
      }
    }
    return detections;
  },
};

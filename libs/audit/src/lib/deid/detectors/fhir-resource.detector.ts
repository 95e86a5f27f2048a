import type { Detection, PhiDetector, PhiType } from '../deid.types';
import { scanLastGroup } from '../regex-scan.util';

/**
 * FHIR resources pasted as JSON (a Patient from the EMPI, a Bundle from an interface engine): the element names say what
 * each value is, so a name written "family":"马","given":["晓燕"] is read as a name although no label word stands before
 * it, and an address line as an address whatever its shape. Element names follow FHIR R4 (HumanName: text, family,
 * given; Address: line, city, district, postalCode; Reference.display; Patient.birthDate; Resource.id). Codes, systems,
 * states and countries stay: they identify no one.
 */
const PRIORITY = 64;
const ANY_RESOURCE = /"resourceType"\s*:\s*"/;
/**
 * Objects short enough to be a name, an address or a reference, holding at most one level of objects (a period, an
 * extension): bounded, so the scan stays linear.
 */
const OBJECT_BODY = String.raw`\[?\s*\{((?:[^{}]|\{[^{}]{0,200}\}){0,600})\}`;
const objectsUnder = (keys: string) => new RegExp(String.raw`"(?:${keys})"\s*:\s*${OBJECT_BODY}`, 'g');

/** Which members of which objects hold what. */
const OBJECT_READINGS: readonly { readonly objects: RegExp; readonly members: ReadonlySet<string>; readonly type: PhiType }[] = [
  { objects: objectsUnder('name'), members: new Set(['text', 'family', 'given']), type: 'name' },
  { objects: objectsUnder('address'), members: new Set(['text', 'line', 'city', 'district', 'postalCode']), type: 'address' },
  // A reference's display is a person's name only where the reference says it points at a person, or the element can
  // point at nothing else (a performer, an author or a subject may be a laboratory, a device or a group).
  {
    objects: objectsUnder('individual|practitioner|generalPractitioner|patient|beneficiary|policyHolder|subscriber'),
    members: new Set(['display']),
    type: 'name',
  },
  {
    objects: objectsUnder('managingOrganization|serviceProvider|payor|organization|custodian|insurer|provider|assigner|managingEntity'),
    members: new Set(['display']),
    type: 'organization',
  },
];
/** A department or service of the reader's own hospital names no body outside it: 急诊科, "Pharmacy Department". */
const GENERIC_DEPARTMENT = /^(?:[\u4e00-\u9fa5]{1,8}[科室]|[A-Za-z ]{0,40}\b(?:Department|Dept\.?|Unit|Ward|Laboratory|Service))$/;
/** A member and its value: one string, or an array of strings ("given":["Loretta","Mae"]). */
const MEMBER = /"([A-Za-z]+)"\s*:\s*("(?:[^"\\\r\n]|\\.){0,300}"|\[[^[\]{}]{0,600}\])/g;
const STRING = /"((?:[^"\\\r\n]|\\.){1,300})"/g;
/** Dates of the person's life, and the logical id of a resource that is a person. */
const BIRTH_DATE = /"(?:birthDate|deceasedDateTime)"\s*:\s*"([^"\\\r\n]{4,40})"/g;
const PERSON_RESOURCE_ID = /"resourceType"\s*:\s*"(?:Patient|Person|RelatedPerson|Practitioner)"\s*,\s*"id"\s*:\s*"([^"\\\r\n]{1,64})"/g;
const SUBSCRIBER_ID = /"subscriberId"\s*:\s*"([^"\\\r\n]{1,64})"/g;
/** A reference to a person ("Patient/pat-88231"): the id after the type; its display, where the object gives one. */
const PERSON_REFERENCE = /"reference"\s*:\s*"(?:Patient|Practitioner|PractitionerRole|RelatedPerson|Person)\/([^"\\\r\n/]{1,64})"/g;
const PERSON_REFERENCE_DISPLAY =
  /"reference"\s*:\s*"(?:Patient|Practitioner|PractitionerRole|RelatedPerson|Person)\/[^"\\\r\n]{1,64}"\s*,\s*"display"\s*:\s*"([^"\\\r\n]{1,120})"/g;
/** Identifiers are read on a person's own resource only (a product's NDC or a code system's OID identifies no one). */
const PERSON_IDENTIFIER_VALUE =
  /"resourceType"\s*:\s*"(?:Patient|Person|RelatedPerson|Practitioner)"[^{}]{0,400}?"identifier"\s*:\s*\[\s*\{[^{}]{0,300}?"value"\s*:\s*"([^"\\\r\n]{1,64})"/g;

export const fhirResourceDetector: PhiDetector = {
  name: 'fhir-resource',
  detect(text: string): Detection[] {
    if (!ANY_RESOURCE.test(text)) return [];
    const detections: Detection[] = [];
    for (const { objects, members, type } of OBJECT_READINGS) {
      objects.lastIndex = 0;
      let object: RegExpExecArray | null;
      while ((object = objects.exec(text)) !== null) {
        const body = object[1] ?? '';
        const bodyStart = object.index + object[0].length - 1 - body.length;
        detections.push(...membersOf(body, bodyStart, members, type));
      }
    }
    for (const [regex, type] of [
      [BIRTH_DATE, 'date'],
      [PERSON_RESOURCE_ID, 'other-id'],
      [SUBSCRIBER_ID, 'other-id'],
      [PERSON_REFERENCE, 'other-id'],
      [PERSON_REFERENCE_DISPLAY, 'name'],
      [PERSON_IDENTIFIER_VALUE, 'other-id'],
    ] as const) {
      detections.push(...scanLastGroup({ text, regex, type, priority: PRIORITY }));
    }
    return detections;
  },
};

/** The strings of the members named, in an object's body that starts at `bodyStart`. */
function membersOf(body: string, bodyStart: number, members: ReadonlySet<string>, type: PhiType): Detection[] {
  const found: Detection[] = [];
  MEMBER.lastIndex = 0;
  let member: RegExpExecArray | null;
  while ((member = MEMBER.exec(body)) !== null) {
    if (!members.has(member[1] ?? '')) continue;
    const value = member[2] ?? '';
    const valueStart = bodyStart + member.index + member[0].length - value.length;
    STRING.lastIndex = 0;
    let string: RegExpExecArray | null;
    while ((string = STRING.exec(value)) !== null) {
      const content = string[1] ?? '';
      if (content.trim() === '' || (type === 'organization' && GENERIC_DEPARTMENT.test(content.trim()))) continue;
      const start = valueStart + string.index + 1;
      found.push({ type, start, end: start + content.length, priority: PRIORITY });
    }
  }
  return found;
}

import cardiology from '../../data/conditions/cardiology.json';
import dermatology from '../../data/conditions/dermatology.json';
import digestive from '../../data/conditions/digestive.json';
import endocrinology from '../../data/conditions/endocrinology.json';
import haematology from '../../data/conditions/haematology.json';
import infection from '../../data/conditions/infection.json';
import nephrology from '../../data/conditions/nephrology.json';
import neurology from '../../data/conditions/neurology.json';
import obstetrics from '../../data/conditions/obstetrics.json';
import ophthalmology from '../../data/conditions/ophthalmology.json';
import oncology from '../../data/conditions/oncology.json';
import otorhinolaryngology from '../../data/conditions/otorhinolaryngology.json';
import paediatrics from '../../data/conditions/paediatrics.json';
import psychiatry from '../../data/conditions/psychiatry.json';
import respiratory from '../../data/conditions/respiratory.json';
import rheumatology from '../../data/conditions/rheumatology.json';
import surgery from '../../data/conditions/surgery.json';
import symptoms from '../../data/conditions/symptoms.json';
import anatomy from '../../data/anatomy.json';
import drugs from '../../data/drugs.json';
import labTests from '../../data/lab-tests.json';
import icd11Titles from '../../data/who-icd11-titles.json';
import { ClinicalTermEngine } from '../extract/clinical-term-engine';
import { buildDictionary } from './build-dictionary';
import type { ClinicalDictionary } from './dictionary.types';

let dictionary: ClinicalDictionary | null = null;
let engine: ClinicalTermEngine | null = null;

/** The dictionary shipped with MedLocal (checked and merged once, on first use). */
export function shippedDictionary(): ClinicalDictionary {
  dictionary ??= buildDictionary({
    conditionFiles: [
      cardiology,
      dermatology,
      digestive,
      endocrinology,
      haematology,
      infection,
      nephrology,
      neurology,
      obstetrics,
      ophthalmology,
      oncology,
      otorhinolaryngology,
      paediatrics,
      psychiatry,
      respiratory,
      rheumatology,
      surgery,
      symptoms,
    ],
    drugs,
    labTests,
    anatomy,
    icd11Titles,
  });
  return dictionary;
}

/** One shared engine over the shipped dictionary; its automaton is built on first use. */
export function shippedTermEngine(): ClinicalTermEngine {
  engine ??= new ClinicalTermEngine(shippedDictionary());
  return engine;
}

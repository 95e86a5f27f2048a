import { shippedTermEngine } from '../dictionary/shipped-dictionary';
import type { ClinicalEntity, DrugEntity, LabEntity } from '../entities/entity.types';

/** Ward shorthand and the readings written around it, on the shipped dictionary. */
const sut = shippedTermEngine();

function labs(text: string): LabEntity[] {
  return sut.extract(text).entities.filter((entity: ClinicalEntity): entity is LabEntity => entity.type === 'lab');
}

function drugs(text: string): DrugEntity[] {
  return sut.extract(text).entities.filter((entity: ClinicalEntity): entity is DrugEntity => entity.type === 'drug');
}

function codes(text: string): string[] {
  return sut.extract(text).concepts.map((concept) => concept.icd11?.code ?? concept.id);
}

describe('ward shorthand', () => {
  describe('a lab unit ends before the sentence punctuation', () => {
    it.each([
      ['K 5.1 mmol/L.', 'potassium', 'mmol/L'],
      ['Cr 88 umol/L, Na 131 mmol/L', 'creatinine-serum', 'umol/L'],
      ['eGFR 45 mL/min/1.73m2.', 'egfr', 'mL/min/1.73m2'],
      ['Alb 28 g/L; Hb 92 g/L', 'albumin', 'g/L'],
      ['血钾3.1mmol/L。', 'potassium', 'mmol/L'],
    ])('«%s» → %s in %s', (text, labId, unit) => {
      const lab = labs(text).find((entity) => entity.labId === labId);
      expect(lab?.unit).toBe(unit);
      expect(lab?.canonicalValue).not.toBeNull();
      expect(lab?.text.endsWith(unit)).toBe(true);
    });
  });

  describe('a gene named like a lab is no lab', () => {
    it.each(['EGFR exon 21 L858R mutation', 'EGFR 19外显子缺失', 'EGFR 突变阳性', 'EGFR-TKI 治疗中', 'EGFR T790M 阴性', 'EGFR 19del'])(
      '«%s» has no eGFR reading',
      (text) => {
        expect(labs(text).map((lab) => lab.labId)).not.toContain('egfr');
      },
    );

    it.each([
      ['eGFR 28', 28],
      ['EGFR 45 ml/min', 45],
      ['eGFR 45 mL/min/1.73m2.', 45],
    ])('«%s» is still an eGFR of %d', (text, value) => {
      expect(labs(text).find((lab) => lab.labId === 'egfr')?.value).toBe(value);
    });
  });

  describe('a weight-based dose after an analyte name is a drug order', () => {
    it.each(['人血白蛋白 1g/kg 静滴', '白蛋白 1g/kg ivgtt qd', 'albumin 1 g/kg IV over 1 h'])('«%s» is human albumin given, no albumin reading', (text) => {
      expect(labs(text)).toEqual([]);
      expect(drugs(text).map((drug) => drug.drugId)).toEqual(['albumin-human']);
    });

    it('an albumin in g/L is still the reading', () => {
      expect(labs('白蛋白 28g/L').map((lab) => lab.value)).toEqual([28]);
    });
  });

  describe('RA after an oxygen saturation is room air', () => {
    it.each(['sats 95% RA', 'SpO2 92% on RA, RR 22', 'SaO2 97% RA.', '指脉氧 93% (RA)', 'SpO2 94% RA'])('«%s» has no rheumatoid arthritis', (text) => {
      expect(codes(text)).toEqual([]);
    });

    it.each(['RA on methotrexate 15mg weekly', '类风湿关节炎(RA)病史10年', 'PMH: HTN, RA, sats 95%'])('«%s» is still rheumatoid arthritis', (text) => {
      expect(codes(text)).toContain('FA20.Z');
    });
  });

  describe('a drug said not to be given', () => {
    it.each(['no heparin given', '未用肝素', 'heparin not given', '未使用肝素', '否认服用肝素', 'heparin was withheld', 'not on heparin'])(
      '«%s» is negated',
      (text) => {
        expect(drugs(text).map((drug) => [drug.drugId, drug.negated])).toEqual([['heparin', true]]);
      },
    );

    it.each(['heparin 5000 units sc bd', '肝素 5000U ih q12h', 'no chest pain, heparin 5000 units sc bd', '无胸痛,予肝素 5000U ih'])(
      '«%s» is given',
      (text) => {
        expect(drugs(text).map((drug) => [drug.drugId, drug.negated])).toEqual([['heparin', false]]);
      },
    );

    // A stopped or held drug is not one the patient takes now: the profile must not list it as current.
    it.each(['heparin stopped', 'heparin was discontinued', 'hold heparin', 'stopped heparin 2 days ago', '停用肝素', '肝素已停用', '肝素停用'])(
      '«%s» is not current',
      (text) => {
        expect(drugs(text).map((drug) => [drug.drugId, drug.negated])).toEqual([['heparin', true]]);
      },
    );

    // A plan to stop or omit names a drug the patient is on now: the answer must still know they take it.
    it.each(['Stop heparin before the biopsy', 'omit heparin tonight', 'Omit heparin if platelets < 50'])('«%s» plans a change to a current drug', (text) => {
      expect(drugs(text).map((drug) => [drug.drugId, drug.negated])).toEqual([['heparin', false]]);
    });

    it("reads 'vitamin K' as phytomenadione, and dydrogesterone as itself, not as progesterone", () => {
      expect(drugs('vitamin K 10mg IV').map((drug) => [drug.drugId, drug.atc])).toEqual([['phytomenadione', 'B02BA01']]);
      expect(drugs('dydrogesterone 10mg bd').map((drug) => [drug.drugId, drug.atc])).toEqual([['dydrogesterone', 'G03DB01']]);
    });

    // Oral vancomycin stays in the gut (A07AA09, C. difficile); given IV it is a systemic antibiotic (J01XA01).
    it.each([
      ['vancomycin 125mg PO qds', 'A07AA09'],
      ['oral vancomycin 125 mg qid', 'A07AA09'],
      ['万古霉素 125mg 口服 qid', 'A07AA09'],
      ['vancomycin 1g IV bd', 'J01XA01'],
      ['vancomycin 1g IV bd, trough before the 4th dose', 'J01XA01'],
    ])('«%s» is coded by its route: %s', (text, atc) => {
      expect(drugs(text).map((drug) => [drug.drugId, drug.atc])).toEqual([['vancomycin', atc]]);
    });

    // Hydrocortisone on the skin is a weak dermatological corticosteroid (D07AA02); by mouth or IV it is systemic (H02AB09).
    it.each([
      ['hydrocortisone 1% cream bd', 'D07AA02', 'topical'],
      ['hydrocortisone ointment to the rash', 'D07AA02', 'topical'],
      ['topical hydrocortisone', 'D07AA02', 'topical'],
      ['氢化可的松乳膏 外用 bid', 'D07AA02', 'topical'],
      ['氢化可的松软膏', 'D07AA02', 'topical'],
      ['外用氢化可的松', 'D07AA02', 'topical'],
      ['hydrocortisone 100mg IV qds', 'H02AB09', 'intravenous'],
      ['氢化可的松 20mg 口服 bid', 'H02AB09', 'oral'],
      ['hydrocortisone 10mg bd', 'H02AB09', null],
    ])('«%s» is coded by its route: %s', (text, atc, route) => {
      expect(drugs(text).map((drug) => [drug.drugId, drug.atc, drug.route])).toEqual([['hydrocortisone', atc, route]]);
    });

    // Hydrocortisone butyrate is its own substance (a moderately potent topical steroid), never coded as hydrocortisone.
    it('reads 丁酸氢化可的松 as hydrocortisone butyrate, not as systemic hydrocortisone', () => {
      expect(drugs('外用丁酸氢化可的松乳膏 bid').map((drug) => [drug.drugId, drug.route])).toEqual([['hydrocortisone-butyrate', 'topical']]);
      expect(drugs('hydrocortisone butyrate 0.1% cream').map((drug) => drug.drugId)).toEqual(['hydrocortisone-butyrate']);
    });

    it.each([
      ['Phenoxymethylpenicillin 500mg qds', 'phenoxymethylpenicillin', 'J01CE02'],
      ['penicillin V 500 mg QDS', 'phenoxymethylpenicillin', 'J01CE02'],
      ['Pen V 250mg qds', 'phenoxymethylpenicillin', 'J01CE02'],
      ['青霉素V钾片 0.5g tid', 'phenoxymethylpenicillin', 'J01CE02'],
      ['青霉素 480万单位 静滴 q12h', 'benzylpenicillin', 'J01CE01'],
      ['格列齐德 80mg bid', 'gliclazide', 'A10BB09'],
    ])('«%s» is %s (%s)', (text, drugId, atc) => {
      expect(drugs(text).map((drug) => [drug.drugId, drug.atc])).toEqual([[drugId, atc]]);
    });

    // OA written with its site names the site's osteoarthritis; OA alone stays unspecified.
    it.each([
      ['OA of the left knee', 'FA01.Z'],
      ['bilateral knee OA', 'FA01.Z'],
      ['R hip OA, awaiting THR', 'FA00.Z'],
      ['OA hips', 'FA00.Z'],
      ['generalised OA', 'FA0Z'],
    ])('«%s» → %s', (text, icd11) => {
      expect(codes(text)).toEqual([icd11]);
    });

    // A drug level is a lab: "lithium level 0.9" is a serum lithium, not lithium given.
    // Not "Li level": Li is also the commonest romanised surname, and de-identification must be free to take it as one.
    it.each(['lithium level 0.9', 'serum lithium 0.9 mmol/L', '血锂 0.9mmol/L'])('«%s» is the serum lithium, no drug', (text) => {
      expect(drugs(text)).toEqual([]);
      expect(labs(text).map((lab) => [lab.labId, lab.value])).toEqual([['lithium', 0.9]]);
    });

    // Vancomycin and digoxin levels likewise: the level is a reading of its own, not the drug given.
    it.each([
      ['vancomycin trough 12.3 mg/L', 'vancomycin-level', 12.3],
      ['万古霉素谷浓度 15.2mg/L', 'vancomycin-level', 15.2],
      ['vanc level 18', 'vancomycin-level', 18],
      ['Digoxin level 2.4 ng/mL', 'digoxin-level', 2.4],
      ['地高辛血药浓度 1.1ng/mL', 'digoxin-level', 1.1],
    ])('«%s» is the drug level, no drug', (text, labId, value) => {
      expect(drugs(text)).toEqual([]);
      expect(labs(text).map((lab) => [lab.labId, lab.value])).toEqual([[labId, value]]);
    });

    it('«vancomycin level before the 4th dose» asks for a level: neither the drug nor a reading', () => {
      expect(drugs('vancomycin level before the 4th dose')).toEqual([]);
      expect(labs('vancomycin level before the 4th dose')).toEqual([]);
    });

    it('«lithium 400mg nocte» is still the drug', () => {
      expect(drugs('lithium 400mg nocte').map((drug) => drug.drugId)).toEqual(['lithium-carbonate']);
    });

    it('a held list holds every drug in it', () => {
      expect(drugs('Hold warfarin and aspirin').map((drug) => [drug.drugId, drug.negated])).toEqual([
        ['warfarin', true],
        ['aspirin', true],
      ]);
    });

    // A plan to stop names a drug the patient is on now ("stop heparin, recheck APTT"): it stays current.
    it.each([
      'heparin restarted',
      'restart heparin 5000 units sc bd',
      'stopped bleeding after heparin was reduced',
      '继续肝素 5000U ih q12h',
      'stop heparin, recheck APTT in 6 hours',
    ])('«%s» is current', (text) => {
      expect(drugs(text).map((drug) => [drug.drugId, drug.negated])).toEqual([['heparin', false]]);
    });

    it('the negation stays with its own drug', () => {
      expect(drugs('未使用华法林，阿司匹林100mg qd').map((drug) => [drug.drugId, drug.negated])).toEqual([
        ['warfarin', true],
        ['aspirin', false],
      ]);
    });
  });

  describe('dipstick grades', () => {
    it.each([
      ['尿酮体2+', 'urine-ketones', '2+', 2],
      ['尿蛋白1+，尿糖3+', 'urine-protein', '1+', 1],
      ['尿蛋白1+，尿糖3+', 'urine-glucose', '3+', 3],
      ['urine dip: leukocyte esterase 2+', 'urine-leukocyte-esterase', '2+', 2],
      ['尿蛋白++', 'urine-protein', '2+', 2],
      ['尿糖±', 'urine-glucose', '±', 0],
    ])('«%s» → %s graded %s', (text, labId, grade, ordinal) => {
      const lab = labs(text).find((entity) => entity.labId === labId);
      expect(lab?.grade).toBe(grade);
      expect(lab?.value).toBe(ordinal);
      expect(lab?.unit).toBeNull();
      expect(lab?.canonicalValue).toBeNull();
    });

    it('a count in a unit after a dipstick-shared name stays a number', () => {
      const wbc = labs('WBC 12.5 ×10^9/L')[0];
      expect([wbc.value, wbc.grade]).toEqual([12.5, undefined]);
    });
  });

  describe('values in scientific notation', () => {
    it.each([
      ['HBV-DNA 3.1×10^6 IU/mL', 3.1e6, 'IU/mL'],
      ['HBV DNA 2.5x10^5 IU/ml.', 2.5e5, 'IU/ml'],
      ['HBV-DNA 1.2E+04 IU/mL', 1.2e4, 'IU/mL'],
    ])('«%s» → %d %s', (text, value, unit) => {
      const lab = labs(text)[0];
      expect([lab.labId, lab.value, lab.unit]).toEqual(['hbv-dna', value, unit]);
    });

    it('a count per litre keeps its power in the unit', () => {
      const wbc = labs('WBC 12.5 ×10^9/L')[0];
      expect([wbc.value, wbc.canonicalValue]).toEqual([12.5, 12.5]);
    });
  });

  describe('ward abbreviations, adjective forms and site-infixed names', () => {
    it.each([
      ['LVF on CXR', ['BD11.Z']],
      ['Admitted with #NOF', ['NC72.2Z']],
      ['#distal radius, POP applied', ['NC32.5Z']],
      ['左股骨颈骨折术后', ['NC72.2Z']],
      ['ca colon, s/p hemicolectomy', ['2B90.Z']],
      ['ca breast 2019', ['2C6Z']],
      ['Known epileptic', ['8A6Z']],
      ['asthmatic since childhood', ['CA23.32']],
      ['胃镜示胃窦溃疡', ['DA60.Z']],
      ['右腘静脉血栓形成', ['BD71.4']],
      ['LIF pain for 2 days', ['MD81.12']],
      ['thought broadcasting', ['MB26.10']],
    ])('«%s» → %j', (text, expected) => {
      expect(codes(text)).toEqual(expected);
    });

    it('keeps "?X" and "r/o X" uncertain', () => {
      expect(sut.extract("?Addison's").concepts.map((concept) => [concept.id, concept.uncertain])).toEqual([['addison-disease', true]]);
      expect(sut.extract('r/o PE').concepts.map((concept) => [concept.icd11?.code, concept.uncertain])).toEqual([['BB00.Z', true]]);
    });

    it('reads a relative\'s "ca <organ>" as family history only', () => {
      expect(sut.extract('sister ca ovary at 50').concepts.map((concept) => [concept.icd11?.code, concept.family])).toEqual([['2C73.Z', true]]);
    });
  });

  describe('the disease over its leading symptom', () => {
    it.each([
      ['cluster headache', ['8A82']],
      ['丛集性头痛发作', ['8A82']],
      ['generalised tonic-clonic seizure', ['8A68.4']],
    ])('«%s» → %j', (text, expected) => {
      expect(codes(text)).toEqual(expected);
    });

    it.each([
      ['T1DM with DKA', 'E10.1'],
      ['2型糖尿病，糖尿病酮症酸中毒', 'E11.1'],
      ['糖尿病酮症酸中毒', 'E14.1'],
      ['T1DM and T2DM in the family; DKA', 'E14.1'],
    ])('«%s» codes the ketoacidosis %s', (text, icd10) => {
      const ketoacidosis = sut.extract(text).concepts.find((concept) => concept.icd11?.code === '5A22.0');
      expect(ketoacidosis?.icd10?.code).toBe(icd10);
    });

    it('an abbreviation in brackets restates its name: one mention', () => {
      expect(codes('类风湿关节炎(RA)病史10年')).toEqual(['FA20.Z']);
    });
  });

  describe('ward names of drugs and labs', () => {
    it.each([
      ['amox 500mg tds', 'amoxicillin', 'J01CA04'],
      ['IV gent 5mg/kg od', 'gentamicin', 'J01GB03'],
      ['fluclox 1g qds IV', 'flucloxacillin', 'J01CF05'],
      ['detemir 10 units nocte', 'insulin-detemir', 'A10AE05'],
      ['布地奈德鼻喷剂 1喷 bid', 'budesonide-nasal', 'R01AD05'],
    ])('«%s» → %s %s', (text, drugId, atc) => {
      expect(drugs(text).map((drug) => [drug.drugId, drug.atc])).toEqual([[drugId, atc]]);
    });

    it.each([
      ['Trop T 45 ng/L', 'troponin-t', 45],
      ['retic 4%', 'reticulocytes-pct', 4],
      ['TWC 14.2', 'wbc', 14.2],
      ['24h尿蛋白定量 1.2 g', 'urine-protein-24h', 1.2],
    ])('«%s» → %s %d', (text, labId, value) => {
      expect(labs(text).map((lab) => [lab.labId, lab.value])).toEqual([[labId, value]]);
    });

    it('a temperature is still read after T', () => {
      expect(sut.extract('T 38.5').entities.map((entity) => entity.type)).toEqual(['vital']);
    });
  });

  describe('a conservative spelling fallback', () => {
    it.each([
      ['nausia and diarhea', ['MD90.0', 'ME05.1']],
      ['pnemonia', ['CA40.Z']],
    ])('«%s» → %j', (text, expected) => {
      expect(codes(text)).toEqual(expected);
    });

    it('reads a drug name with a slipped final letter', () => {
      expect(drugs('metformine 500mg bid').map((drug) => [drug.drugId, drug.frequency])).toEqual([['metformin', 'bid']]);
    });

    it.each(['aphagia', 'the patient started walking', 'nausea'])('«%s» is no slip of another name', (text) => {
      expect(sut.extract(text).concepts.filter((concept) => concept.text !== 'nausea')).toEqual([]);
    });

    // SBP is a blood pressure and HIT an ordinary word: after a "?" they are the query a clinician writes.
    it.each([
      ['?SBP - for ascitic tap', 'DC50.00'],
      ['ascites, ? SBP', 'DC50.00'],
      ['platelets down on heparin, ?HIT', 'heparin-induced-thrombocytopenia'],
    ])('«%s» doubts %s', (text, code) => {
      expect(sut.extract(text).concepts.map((concept) => [concept.icd11?.code ?? concept.id, concept.uncertain])).toContainEqual([code, true]);
    });

    it.each(['SBP 92, HR 110', 'hit his head on the door frame'])('«%s» names no query', (text) => {
      expect(codes(text)).toEqual([]);
    });

    it('reads a stroke call or the stroke team as a team, not a stroke', () => {
      expect(codes('Stroke call put out at 14:05')).toEqual([]);
      expect(codes('seen by the stroke team: acute stroke')).toEqual(['8B20']);
    });

    it('reads dysphasia (speech) as itself, never as dysphagia (swallowing)', () => {
      expect(codes('dysphasia')).toEqual(['MA80.1']);
    });
  });
});

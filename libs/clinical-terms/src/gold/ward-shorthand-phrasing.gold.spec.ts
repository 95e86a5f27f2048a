import { shippedTermEngine } from '../lib/dictionary/shipped-dictionary';
import goldSet from './ward-shorthand-phrasing.gold.json';
import { logGoldScore, rate, scoreGoldSet, type GoldSentence } from './score-gold-set.util';

/**
 * The seventh gold set, written before tuning: ward shorthand and the readings around it. Units that keep the
 * sentence's full stop out, gene names and weight-based doses that are no lab, RA after a saturation (room air),
 * drugs said not to be given, the disease over its leading symptom, LVF / #NOF / ca <organ> / ?X / r/o X,
 * adjective forms (known diabetic), site-infixed Chinese diagnoses, drug abbreviations, scientific notation
 * and dipstick grades.
 */
describe('ward-shorthand-phrasing gold set (written before tuning)', () => {
  const engine = shippedTermEngine();
  const sentences = (goldSet as { sentences: GoldSentence[] }).sentences;
  const score = scoreGoldSet(sentences, (text) => engine.extract(text));
  logGoldScore('ward-shorthand-phrasing gold set', sentences, score);
  const { tallies, context, drugs, labs, readings, drugsNotGiven, familyLeaks } = score;

  it('has at least 60 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(60);
  });

  it('codes diagnoses and symptoms with their negation at ≥ 0.95, without inventing others', () => {
    const exact = tallies.condition.exact + tallies.symptom.exact + tallies.family.exact;
    const gold = tallies.condition.gold + tallies.symptom.gold + tallies.family.gold;
    const extra = tallies.condition.extra + tallies.symptom.extra + tallies.family.extra;
    expect(rate(exact, gold)).toBeGreaterThanOrEqual(0.95);
    expect(rate(exact, exact + extra)).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps "?X" and "r/o X" uncertain, and a relative\'s cancer out of the patient\'s diagnoses', () => {
    expect(rate(context.agreed, context.checked)).toBeGreaterThanOrEqual(0.95);
    expect(familyLeaks).toBe(0);
  });

  it('reads every lab with its value, unit and grade as written, and no gene or weight-based dose as a lab', () => {
    expect(labs.found).toBe(labs.gold);
    expect(readings.right).toBe(readings.gold);
    expect(drugs.readAsLab).toBe(0);
  });

  it('reads drugs by their ward names, and never a drug said not to be given as given', () => {
    expect(rate(drugs.asDrug, drugs.gold)).toBeGreaterThanOrEqual(0.95);
    expect(drugsNotGiven.right).toBe(drugsNotGiven.gold);
  });
});

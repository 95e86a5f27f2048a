import type { PatientProfileDto } from '@medlocal/contracts';
import type { ChatTurn } from '../data-access/chat-turn.model';

export interface CalculationView {
  /** "eGFR", "CrCl". */
  readonly label: string;
  /** "CKD-EPI 2021", "Cockcroft-Gault"; null when the name carries none. */
  readonly formula: string | null;
  readonly value: number;
  readonly unit: string;
  readonly stage: string | null;
  /** The weight the calculation used, as the profile holds it ("70 kg"). */
  readonly weight: string | null;
  readonly turn: number;
}

/** The server's calculations, with the formula split off the name and the weight they used. */
export function calculationViews({ profile }: { profile: PatientProfileDto }): CalculationView[] {
  const weight = profile.vitals.find((vital) => vital.kind === 'Weight');
  return (profile.calculations ?? []).map((calculation) => {
    const named = /^(.*?)\s*\((.+)\)$/.exec(calculation.name);
    const usesWeight = calculation.inputs?.includes('weight') ?? false;
    return {
      label: named ? named[1] : calculation.name,
      formula: named ? named[2] : null,
      value: calculation.value,
      unit: calculation.unit,
      stage: calculation.stage ?? null,
      weight: usesWeight && weight ? `${weight.value} ${weight.unit}` : null,
      turn: calculation.turn,
    };
  });
}

export interface EcgFindingView {
  readonly text: string;
  readonly negated: boolean;
  readonly turn: number;
}

/** ECG findings the meta events reported, newest statement per finding and leads, in order of first mention. */
export function ecgFindings({ turns }: { turns: readonly ChatTurn[] }): EcgFindingView[] {
  const found = new Map<string, EcgFindingView>();
  turns.forEach((turn, index) => {
    for (const entity of turn.meta?.entities ?? []) {
      if (entity.type !== 'ecg') continue;
      const text = `${entity.finding}${entity.leads.length ? ` (${entity.leads.join(', ')})` : ''}`;
      found.set(text, { text, negated: entity.negated, turn: turn.meta?.turn ?? index + 1 });
    }
  });
  return [...found.values()];
}

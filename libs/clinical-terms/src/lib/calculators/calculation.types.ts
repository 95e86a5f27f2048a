/** Every calculator result names its formula and echoes the inputs it used. */
export interface Calculation<TInputs, TValue = number> {
  readonly formula: string;
  readonly value: TValue;
  readonly unit: string;
  readonly inputs: TInputs;
}

export enum CalculatorErrorCode {
  InputOutOfRange = 'CALCULATOR_INPUT_OUT_OF_RANGE',
  UnknownUnit = 'CALCULATOR_UNKNOWN_UNIT',
}

export class CalculatorError extends Error {
  constructor(
    readonly code: CalculatorErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CalculatorError';
  }
}

export function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new CalculatorError(CalculatorErrorCode.InputOutOfRange, `${name} must be a positive number, got ${value}`);
  }
}

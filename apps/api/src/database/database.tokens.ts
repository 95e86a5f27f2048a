export const DATABASE_TARGET = Symbol('DATABASE_TARGET');
export const DATA_SOURCE = Symbol('DATA_SOURCE');

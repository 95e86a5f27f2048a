import { join } from 'node:path';
import { DEMO_MODEL_DEFAULT_SEED, DEMO_MODEL_SHAPES, ensureDemoModel, type DemoModelShape, type DemoWeightType } from '@medlocal/demo-model';

/**
 * The ~190 M-parameter random-weight bench model (`DEMO_MODEL_SHAPES.bench`) with its matrices in `weights`, made once
 * into `<workspace>/tmp/bench-models/` and reused: it costs a CPU per token about what a real model's step does, unlike
 * the tiny demo model. F16 keeps the plain "bench" file name; other weights add theirs ("bench-q8_0").
 */
export function ensureBenchModel(workspaceRoot: string, weights: DemoWeightType): Promise<string> {
  const shape: DemoModelShape =
    weights === 'f16' ? DEMO_MODEL_SHAPES.bench : { ...DEMO_MODEL_SHAPES.bench, label: `${DEMO_MODEL_SHAPES.bench.label}-${weights}`, weights };
  return ensureDemoModel(join(workspaceRoot, 'tmp/bench-models'), DEMO_MODEL_DEFAULT_SEED, 'llama', shape);
}

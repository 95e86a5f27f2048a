/** Status reports demo: true for a model with this `general.name`; @medlocal/demo-model writes it. */
import { DEMO_MODEL_NAME } from '@medlocal/demo-model';

export { DEMO_MODEL_NAME };

/** A model id a server reports for the demo model: its `general.name`, or the file name (llama-server, a MedLocal node). */
export function isDemoModelName(name: string): boolean {
  return name === DEMO_MODEL_NAME || /medlocal-demo/i.test(name);
}

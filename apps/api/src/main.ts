// The egress guard goes in before any other module loads, so nothing can open a socket unchecked.
import './privacy/install-egress-guard-early';
import { createMedLocalApp } from './bootstrap/create-app';
import { ConfigurationError } from './config';
import { runUntilSignalled } from './bootstrap/run-until-signalled';

async function main(): Promise<void> {
  try {
    const { app, config } = await createMedLocalApp({ env: process.env });
    await runUntilSignalled(app, config);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      for (const problem of error.problems) process.stderr.write(`${problem}\n`);
    } else {
      process.stderr.write(`MedLocal failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exit(1);
  }
}

void main();

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeLlamaBuild, enabledCpuFeatures, readInstallRecord } from './llama-build';

describe('which llama.cpp build runs, and why', () => {
  it('reads the CPU features llama.cpp reports as on', () => {
    const info = 'CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | AVX512 = 1 | AVX512_VNNI = 0 | OPENMP = 1 | REPACK = 1 |';
    expect(enabledCpuFeatures(info)).toEqual(['SSE3', 'SSSE3', 'AVX', 'AVX2', 'F16C', 'FMA', 'AVX512', 'OPENMP', 'REPACK']);
  });

  it('calls a local build native and gives the install record its say', () => {
    const record = { build: 'native', reason: 'built for this CPU; restored from the build cache' };
    expect(describeLlamaBuild({ buildType: 'localBuild', record, settingFromEnvironment: undefined })).toEqual({ build: 'native', reason: record.reason });
  });

  it('trusts what loaded over a stale record: a native record with prebuilt binaries loaded says the native build was not found', () => {
    const described = describeLlamaBuild({ buildType: 'prebuilt', record: { build: 'native', reason: 'built' }, settingFromEnvironment: undefined });
    expect(described.build).toBe('prebuilt');
    expect(described.reason).toMatch(/native build made at install was not found or did not load/);
  });

  it("gives the install step's reason for a prebuilt fallback, then the environment setting, then the missing step", () => {
    const failed = { build: 'prebuilt', reason: 'native build failed at install (error: no CMAKE_CXX_COMPILER)' };
    expect(describeLlamaBuild({ buildType: 'prebuilt', record: failed, settingFromEnvironment: undefined })).toEqual(failed);
    expect(describeLlamaBuild({ buildType: 'prebuilt', record: null, settingFromEnvironment: 'prebuilt' }).reason).toBe('MEDLOCAL_LLAMA_BUILD=prebuilt');
    expect(describeLlamaBuild({ buildType: 'prebuilt', record: null, settingFromEnvironment: undefined }).reason).toMatch(
      /no native build was made at install/,
    );
  });

  it('reads the record the install step wrote, and none where it is missing or unreadable', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'medlocal-llama-record-'));
    try {
      expect(readInstallRecord(dir)).toBeNull();
      mkdirSync(path.join(dir, 'llama'));
      writeFileSync(path.join(dir, 'llama', 'medlocal-build.json'), '{ not json');
      expect(readInstallRecord(dir)).toBeNull();
      writeFileSync(path.join(dir, 'llama', 'medlocal-build.json'), JSON.stringify({ build: 'prebuilt', reason: 'MEDLOCAL_LLAMA_BUILD=prebuilt' }));
      expect(readInstallRecord(dir)).toEqual({ build: 'prebuilt', reason: 'MEDLOCAL_LLAMA_BUILD=prebuilt' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Minimal GGUF v3 writer: enough of the format (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md)
 * to produce a llama.cpp-loadable model with scalar/array metadata and F32/F16 tensors.
 */

export const GGUF_ALIGNMENT = 32;

export enum GgufValueType {
  Uint32 = 4,
  Int32 = 5,
  Float32 = 6,
  Bool = 7,
  String = 8,
  Array = 9,
}

export enum GgmlTensorType {
  F32 = 0,
  F16 = 1,
}

export type GgufMetadataValue =
  | { type: GgufValueType.Uint32 | GgufValueType.Int32 | GgufValueType.Float32; value: number }
  | { type: GgufValueType.Bool; value: boolean }
  | { type: GgufValueType.String; value: string }
  | { type: GgufValueType.Array; itemType: GgufValueType.String; value: readonly string[] }
  | {
      type: GgufValueType.Array;
      itemType: GgufValueType.Float32 | GgufValueType.Int32;
      value: readonly number[];
    };

export interface GgufTensor {
  name: string;
  /** ggml order: dims[0] is the innermost (row length). */
  dims: readonly number[];
  type: GgmlTensorType;
  data: Float32Array;
}

class ByteSink {
  private readonly chunks: Buffer[] = [];
  length = 0;

  push(buffer: Buffer): void {
    this.chunks.push(buffer);
    this.length += buffer.length;
  }

  u32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(value);
    this.push(b);
  }

  i32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(value);
    this.push(b);
  }

  u64(value: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(value));
    this.push(b);
  }

  f32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(value);
    this.push(b);
  }

  str(value: string): void {
    const bytes = Buffer.from(value, 'utf8');
    this.u64(bytes.length);
    this.push(bytes);
  }

  padTo(alignment: number): void {
    const rest = this.length % alignment;
    if (rest !== 0) this.push(Buffer.alloc(alignment - rest));
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.chunks, this.length);
  }
}

function writeScalar(sink: ByteSink, type: GgufValueType, value: number | boolean | string): void {
  switch (type) {
    case GgufValueType.Uint32:
      sink.u32(value as number);
      return;
    case GgufValueType.Int32:
      sink.i32(value as number);
      return;
    case GgufValueType.Float32:
      sink.f32(value as number);
      return;
    case GgufValueType.Bool:
      sink.push(Buffer.from([value ? 1 : 0]));
      return;
    case GgufValueType.String:
      sink.str(value as string);
      return;
    case GgufValueType.Array:
      throw new Error('nested GGUF arrays are not supported');
  }
}

function writeMetadataValue(sink: ByteSink, entry: GgufMetadataValue): void {
  sink.u32(entry.type);
  if (entry.type !== GgufValueType.Array) {
    writeScalar(sink, entry.type, entry.value);
    return;
  }
  sink.u32(entry.itemType);
  sink.u64(entry.value.length);
  for (const item of entry.value) writeScalar(sink, entry.itemType, item);
}

/** IEEE 754 half precision, round-to-nearest; enough for small random weights. */
export function toFloat16Bits(value: number): number {
  const f32 = new Float32Array([value]);
  const bits = new Uint32Array(f32.buffer)[0] ?? 0;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  const mantissa = bits & 0x7fffff;
  if (exponent <= 0) {
    if (exponent < -10) return sign;
    const m = (mantissa | 0x800000) >> (1 - exponent);
    return sign | ((m + 0x1000) >> 13);
  }
  if (exponent >= 0x1f) return sign | 0x7c00;
  return sign | (exponent << 10) | ((mantissa + 0x1000) >> 13);
}

function encodeTensorData(tensor: GgufTensor): Buffer {
  if (tensor.type === GgmlTensorType.F32) {
    return Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
  }
  const out = Buffer.alloc(tensor.data.length * 2);
  tensor.data.forEach((value, i) => out.writeUInt16LE(toFloat16Bits(value) & 0xffff, i * 2));
  return out;
}

export function encodeGguf({ metadata, tensors }: { metadata: ReadonlyMap<string, GgufMetadataValue>; tensors: readonly GgufTensor[] }): Buffer {
  const header = new ByteSink();
  header.push(Buffer.from('GGUF', 'ascii'));
  header.u32(3);
  header.u64(tensors.length);
  header.u64(metadata.size);
  for (const [key, entry] of metadata) {
    header.str(key);
    writeMetadataValue(header, entry);
  }

  const data = new ByteSink();
  for (const tensor of tensors) {
    const expected = tensor.dims.reduce((a, b) => a * b, 1);
    if (expected !== tensor.data.length) {
      throw new Error(`tensor ${tensor.name}: dims ${tensor.dims.join('x')} need ${expected} values, got ${tensor.data.length}`);
    }
    data.padTo(GGUF_ALIGNMENT);
    header.str(tensor.name);
    header.u32(tensor.dims.length);
    for (const dim of tensor.dims) header.u64(dim);
    header.u32(tensor.type);
    header.u64(data.length);
    data.push(encodeTensorData(tensor));
  }
  header.padTo(GGUF_ALIGNMENT);
  return Buffer.concat([header.toBuffer(), data.toBuffer()]);
}
